package main

import (
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
)

var tokRe = regexp.MustCompile(`\s*(?:(\d+\.?\d*)|([a-z]+)|(\*\*|[-+*/()^,]))`)

type parser struct {
	toks []string
	pos  int
	vars map[string]float64
}

var ErrSyntax = errors.New("syntax error")

func tokenize(s string) ([]string, error) {
	var out []string
	for len(s) > 0 {
		m := tokRe.FindStringSubmatchIndex(s)
		if m == nil || m[0] != 0 {
			if len(regexp.MustCompile(`^\s*$`).FindString(s)) == len(s) {
				break
			}
			return nil, fmt.Errorf("%w: unexpected %q", ErrSyntax, s)
		}
		out = append(out, regexp.MustCompile(`\s+`).ReplaceAllString(s[m[0]:m[1]], ""))
		s = s[m[1]:]
	}
	return out, nil
}

func (p *parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}
func (p *parser) next() string { t := p.peek(); p.pos++; return t }

func (p *parser) expr() float64 {
	v := p.term()
	for p.peek() == "+" || p.peek() == "-" {
		if p.next() == "+" {
			v += p.term()
		} else {
			v -= p.term()
		}
	}
	return v
}

func (p *parser) term() float64 {
	v := p.power()
	for p.peek() == "*" || p.peek() == "/" {
		if p.next() == "*" {
			v *= p.power()
		} else {
			v /= p.power()
		}
	}
	return v
}

func (p *parser) power() float64 {
	b := p.unary()
	if p.peek() == "^" || p.peek() == "**" {
		p.next()
		return math.Pow(b, p.power())
	}
	return b
}

func (p *parser) unary() float64 {
	if p.peek() == "-" {
		p.next()
		return -p.unary()
	}
	t := p.next()
	switch {
	case t == "(":
		v := p.expr()
		if p.next() != ")" {
			panic(fmt.Errorf("%w: missing )", ErrSyntax))
		}
		return v
	case t == "sqrt":
		return math.Sqrt(p.unary())
	case t != "" && (t[0] >= '0' && t[0] <= '9'):
		f, _ := strconv.ParseFloat(t, 64)
		return f
	default:
		if v, ok := p.vars[t]; ok {
			return v
		}
		panic(fmt.Errorf("%w: unknown token %q", ErrSyntax, t))
	}
}

func eval(s string, vars map[string]float64) (v float64, err error) {
	toks, err := tokenize(s)
	if err != nil {
		return 0, err
	}
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	p := &parser{toks: toks, vars: vars}
	v = p.expr()
	if p.pos != len(toks) {
		return 0, fmt.Errorf("%w: trailing %v", ErrSyntax, toks[p.pos:])
	}
	return v, nil
}

func main() {
	vars := map[string]float64{"pi": math.Pi, "x": 2}
	for _, e := range []string{"1 + 2 * 3", "(1+2)*3", "2^3^2", "-x ** 2", "sqrt(16) / 8", "pi * x", "3 +", "4 $ 4", "(1 + 2", "y * 2", "1 2"} {
		v, err := eval(e, vars)
		if err != nil {
			fmt.Printf("%-14q error: %v (syntax=%v)\n", e, err, errors.Is(err, ErrSyntax))
			continue
		}
		fmt.Printf("%-14q = %.6g\n", e, v)
	}
}
