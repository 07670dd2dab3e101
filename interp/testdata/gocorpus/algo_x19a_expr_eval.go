package main

import (
	"errors"
	"fmt"
	"strconv"
	"unicode"
)

type Expr interface {
	Eval(env map[string]float64) (float64, error)
	String() string
}

type Num float64
type Var string
type Bin struct {
	Op   byte
	L, R Expr
}

var ErrDivZero = errors.New("division by zero")

func (n Num) Eval(map[string]float64) (float64, error) { return float64(n), nil }
func (n Num) String() string                           { return strconv.FormatFloat(float64(n), 'g', -1, 64) }
func (v Var) Eval(env map[string]float64) (float64, error) {
	x, ok := env[string(v)]
	if !ok {
		return 0, fmt.Errorf("undefined variable %q", string(v))
	}
	return x, nil
}
func (v Var) String() string { return string(v) }
func (b *Bin) Eval(env map[string]float64) (float64, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(env)
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case '+':
		return l + r, nil
	case '-':
		return l - r, nil
	case '*':
		return l * r, nil
	case '/':
		if r == 0 {
			return 0, fmt.Errorf("%v: %w", b, ErrDivZero)
		}
		return l / r, nil
	}
	return 0, fmt.Errorf("bad op %c", b.Op)
}
func (b *Bin) String() string {
	return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")"
}

type parser struct {
	toks []string
	pos  int
}

func tokenize(s string) []string {
	var toks []string
	for i := 0; i < len(s); {
		c := rune(s[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c) || c == '.':
			j := i
			for j < len(s) && (unicode.IsDigit(rune(s[j])) || s[j] == '.') {
				j++
			}
			toks, i = append(toks, s[i:j]), j
		case unicode.IsLetter(c):
			j := i
			for j < len(s) && unicode.IsLetter(rune(s[j])) {
				j++
			}
			toks, i = append(toks, s[i:j]), j
		default:
			toks, i = append(toks, string(c)), i+1
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
		e = &Bin{op, e, p.term()}
	}
	return e
}
func (p *parser) term() Expr {
	e := p.factor()
	for p.peek() == "*" || p.peek() == "/" {
		op := p.next()[0]
		e = &Bin{op, e, p.factor()}
	}
	return e
}
func (p *parser) factor() Expr {
	t := p.next()
	if t == "(" {
		e := p.expr()
		if p.next() != ")" {
			panic("expected )")
		}
		return e
	}
	if f, err := strconv.ParseFloat(t, 64); err == nil {
		return Num(f)
	}
	if t == "" {
		panic("unexpected end")
	}
	return Var(t)
}

func Parse(s string) (e Expr, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("parse %q: %v", s, r)
		}
	}()
	p := &parser{toks: tokenize(s)}
	e = p.expr()
	if p.pos != len(p.toks) {
		return nil, fmt.Errorf("trailing tokens %v", p.toks[p.pos:])
	}
	return e, nil
}

func main() {
	env := map[string]float64{"x": 3, "y": 0.5}
	for _, src := range []string{"1 + 2 * 3", "(1+2)*3", "x*x - y/2", "10 / (x - 3)", "z + 1", "(1 + 2", "2 3", "1.5*4/3"} {
		e, err := Parse(src)
		if err != nil {
			fmt.Println("parse error:", err)
			continue
		}
		v, err := e.Eval(env)
		fmt.Printf("%-12s => %-22v = %g err=%v div0=%v\n", src, e, v, err, errors.Is(err, ErrDivZero))
	}
}
