package main

import (
	"fmt"
	"math"
	"strconv"
	"unicode"
)

type Expr interface {
	Eval(env map[string]float64) float64
	Deriv(v string) Expr
	String() string
}

type Num float64
type Var string
type Bin struct {
	Op   byte
	L, R Expr
}
type Call struct {
	Fn  string
	Arg Expr
}

func (n Num) Eval(map[string]float64) float64 { return float64(n) }
func (n Num) Deriv(string) Expr               { return Num(0) }
func (n Num) String() string                  { return strconv.FormatFloat(float64(n), 'g', -1, 64) }

func (x Var) Eval(env map[string]float64) float64 { return env[string(x)] }
func (x Var) Deriv(v string) Expr {
	if string(x) == v {
		return Num(1)
	}
	return Num(0)
}
func (x Var) String() string { return string(x) }

func (b Bin) Eval(env map[string]float64) float64 {
	l, r := b.L.Eval(env), b.R.Eval(env)
	switch b.Op {
	case '+':
		return l + r
	case '-':
		return l - r
	case '*':
		return l * r
	}
	return l / r
}
func (b Bin) Deriv(v string) Expr {
	dl, dr := b.L.Deriv(v), b.R.Deriv(v)
	switch b.Op {
	case '+', '-':
		return Bin{b.Op, dl, dr}
	case '*':
		return Bin{'+', Bin{'*', dl, b.R}, Bin{'*', b.L, dr}}
	}
	return Bin{'/', Bin{'-', Bin{'*', dl, b.R}, Bin{'*', b.L, dr}}, Bin{'*', b.R, b.R}}
}
func (b Bin) String() string {
	return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")"
}

func (c Call) Eval(env map[string]float64) float64 {
	a := c.Arg.Eval(env)
	switch c.Fn {
	case "sin":
		return math.Sin(a)
	case "exp":
		return math.Exp(a)
	case "tanh":
		return math.Tanh(a)
	}
	panic("unknown function " + c.Fn)
}
func (c Call) Deriv(v string) Expr {
	var outer Expr
	switch c.Fn {
	case "sin":
		outer = Call{"cos", c.Arg}
	case "exp":
		outer = c
	case "tanh":
		outer = Bin{'-', Num(1), Bin{'*', c, c}}
	}
	return Bin{'*', outer, c.Arg.Deriv(v)}
}
func (c Call) String() string { return c.Fn + "(" + c.Arg.String() + ")" }

type parser struct {
	toks []string
	pos  int
}

func tokenize(s string) []string {
	var toks []string
	for i := 0; i < len(s); {
		r := rune(s[i])
		switch {
		case unicode.IsSpace(r):
			i++
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.':
			j := i
			for j < len(s) && (unicode.IsLetter(rune(s[j])) || unicode.IsDigit(rune(s[j])) || s[j] == '.') {
				j++
			}
			toks = append(toks, s[i:j])
			i = j
		default:
			toks = append(toks, string(r))
			i++
		}
	}
	return toks
}

func (p *parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}
func (p *parser) next() string { t := p.peek(); p.pos++; return t }

func (p *parser) expr() Expr {
	e := p.term()
	for p.peek() == "+" || p.peek() == "-" {
		op := p.next()[0]
		e = Bin{op, e, p.term()}
	}
	return e
}
func (p *parser) term() Expr {
	e := p.factor()
	for p.peek() == "*" || p.peek() == "/" {
		op := p.next()[0]
		e = Bin{op, e, p.factor()}
	}
	return e
}
func (p *parser) factor() Expr {
	t := p.next()
	if t == "(" {
		e := p.expr()
		p.next()
		return e
	}
	if f, err := strconv.ParseFloat(t, 64); err == nil {
		return Num(f)
	}
	if p.peek() == "(" {
		p.next()
		a := p.expr()
		p.next()
		return Call{t, a}
	}
	return Var(t)
}

func main() {
	env := map[string]float64{"x": 0.5, "y": 2}
	for _, src := range []string{"x*y + sin(x)", "exp(x*x)/y", "tanh(2*x - y) * 3"} {
		p := &parser{toks: tokenize(src)}
		e := p.expr()
		dx := e.Deriv("x")
		fmt.Printf("%-18s => %v\n", src, e)
		fmt.Printf("  f=%.6f df/dx=%.6f df/dy=%.6f\n", e.Eval(env), evalSafe(dx, env), evalSafe(e.Deriv("y"), env))
	}
}

func evalSafe(e Expr, env map[string]float64) (v float64) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("  eval error:", r)
			v = math.NaN()
		}
	}()
	return e.Eval(env)
}
