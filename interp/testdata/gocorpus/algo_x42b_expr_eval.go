package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

type tokKind int

const (
	tNum tokKind = iota
	tIdent
	tOp
	tLParen
	tRParen
	tEOF
)

type token struct {
	kind tokKind
	text string
	pos  int
}

func lex(src string) ([]token, error) {
	var toks []token
	for i := 0; i < len(src); {
		c := rune(src[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c) || c == '.':
			j := i
			for j < len(src) && (unicode.IsDigit(rune(src[j])) || src[j] == '.') {
				j++
			}
			toks = append(toks, token{tNum, src[i:j], i})
			i = j
		case unicode.IsLetter(c):
			j := i
			for j < len(src) && (unicode.IsLetter(rune(src[j])) || unicode.IsDigit(rune(src[j]))) {
				j++
			}
			toks = append(toks, token{tIdent, src[i:j], i})
			i = j
		case strings.ContainsRune("+-*/^%", c):
			toks = append(toks, token{tOp, string(c), i})
			i++
		case c == '(':
			toks = append(toks, token{tLParen, "(", i})
			i++
		case c == ')':
			toks = append(toks, token{tRParen, ")", i})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	return append(toks, token{kind: tEOF, pos: len(src)}), nil
}

type parser struct {
	toks []token
	pos  int
	vars map[string]float64
}

var ErrDivZero = errors.New("division by zero")

type evalError struct{ msg string }

func (p *parser) fail(format string, args ...any) {
	panic(evalError{fmt.Sprintf(format, args...)})
}

func (p *parser) next() token { t := p.toks[p.pos]; p.pos++; return t }
func (p *parser) peek() token { return p.toks[p.pos] }

var prec = map[string]int{"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}

func (p *parser) expr(minPrec int) float64 {
	lhs := p.unary()
	for {
		t := p.peek()
		pr, ok := prec[t.text]
		if t.kind != tOp || !ok || pr < minPrec {
			return lhs
		}
		p.next()
		next := pr + 1
		if t.text == "^" {
			next = pr
		}
		rhs := p.expr(next)
		switch t.text {
		case "+":
			lhs += rhs
		case "-":
			lhs -= rhs
		case "*":
			lhs *= rhs
		case "/":
			if rhs == 0 {
				panic(ErrDivZero)
			}
			lhs /= rhs
		case "%":
			lhs = math.Mod(lhs, rhs)
		case "^":
			lhs = math.Pow(lhs, rhs)
		}
	}
}

func (p *parser) unary() float64 {
	t := p.next()
	switch t.kind {
	case tNum:
		v, err := strconv.ParseFloat(t.text, 64)
		if err != nil {
			p.fail("bad number %q", t.text)
		}
		return v
	case tIdent:
		if p.peek().kind == tLParen {
			p.next()
			arg := p.expr(1)
			if p.next().kind != tRParen {
				p.fail("expected ) after argument of %s", t.text)
			}
			fns := map[string]func(float64) float64{"sqrt": math.Sqrt, "abs": math.Abs, "floor": math.Floor}
			f, ok := fns[t.text]
			if !ok {
				p.fail("unknown function %s", t.text)
			}
			return f(arg)
		}
		v, ok := p.vars[t.text]
		if !ok {
			p.fail("undefined variable %s at %d", t.text, t.pos)
		}
		return v
	case tOp:
		if t.text == "-" {
			return -p.expr(3)
		}
	case tLParen:
		v := p.expr(1)
		if p.next().kind != tRParen {
			p.fail("missing ) for ( at %d", t.pos)
		}
		return v
	}
	p.fail("unexpected token %q at %d", t.text, t.pos)
	return 0
}

func Eval(src string, vars map[string]float64) (result float64, err error) {
	toks, err := lex(src)
	if err != nil {
		return 0, err
	}
	defer func() {
		switch r := recover().(type) {
		case nil:
		case evalError:
			err = errors.New(r.msg)
		case error:
			err = r
		default:
			panic(r)
		}
	}()
	p := &parser{toks: toks, vars: vars}
	result = p.expr(1)
	if t := p.peek(); t.kind != tEOF {
		p.fail("trailing input at %d", t.pos)
	}
	return result, nil
}

func main() {
	vars := map[string]float64{"x": 3, "y": 4, "rate": 0.07}
	for _, e := range []string{"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2", "sqrt(x*x + y*y)", "1000 * (1 + rate) ^ 10",
		"17 % 5 + floor(2.7)", "10 / (y - 4)", "z + 1", "3 +", "(1 + 2", "4 $ 4", "abs(-2) 5", "cos(1)"} {
		v, err := Eval(e, vars)
		if err != nil {
			fmt.Printf("%-24s error: %v (divzero=%t)\n", e, err, errors.Is(err, ErrDivZero))
			continue
		}
		fmt.Printf("%-24s = %g\n", e, v)
	}
}
