package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"unicode"
)

type parser struct {
	s    string
	pos  int
	vars map[string]float64
}

var ErrDivZero = errors.New("division by zero")

type SyntaxError struct {
	Pos int
	Msg string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("syntax error at %d: %s", e.Pos, e.Msg) }

func (p *parser) peek() byte {
	for p.pos < len(p.s) && p.s[p.pos] == ' ' {
		p.pos++
	}
	if p.pos < len(p.s) {
		return p.s[p.pos]
	}
	return 0
}

func (p *parser) expr() (float64, error) {
	v, err := p.term()
	for err == nil && (p.peek() == '+' || p.peek() == '-') {
		op := p.s[p.pos]
		p.pos++
		var r float64
		if r, err = p.term(); err == nil {
			v = map[byte]float64{'+': v + r, '-': v - r}[op]
		}
	}
	return v, err
}

func (p *parser) term() (float64, error) {
	v, err := p.factor()
	for err == nil && (p.peek() == '*' || p.peek() == '/' || p.peek() == '^') {
		op := p.s[p.pos]
		p.pos++
		var r float64
		if r, err = p.factor(); err != nil {
			break
		}
		switch op {
		case '*':
			v *= r
		case '^':
			v = math.Pow(v, r)
		case '/':
			if r == 0 {
				return 0, fmt.Errorf("at %d: %w", p.pos, ErrDivZero)
			}
			v /= r
		}
	}
	return v, err
}

func (p *parser) factor() (float64, error) {
	c := p.peek()
	switch {
	case c == '(':
		p.pos++
		v, err := p.expr()
		if err == nil && p.peek() != ')' {
			return 0, &SyntaxError{p.pos, "expected )"}
		}
		p.pos++
		return v, err
	case c >= '0' && c <= '9' || c == '.':
		start := p.pos
		for p.pos < len(p.s) && (p.s[p.pos] >= '0' && p.s[p.pos] <= '9' || p.s[p.pos] == '.') {
			p.pos++
		}
		return strconv.ParseFloat(p.s[start:p.pos], 64)
	case unicode.IsLetter(rune(c)):
		start := p.pos
		for p.pos < len(p.s) && unicode.IsLetter(rune(p.s[p.pos])) {
			p.pos++
		}
		name := p.s[start:p.pos]
		if v, ok := p.vars[name]; ok {
			return v, nil
		}
		return 0, &SyntaxError{start, "unknown variable " + strconv.Quote(name)}
	}
	return 0, &SyntaxError{p.pos, fmt.Sprintf("unexpected %q", c)}
}

func Eval(s string, vars map[string]float64) (float64, error) {
	p := &parser{s: s, vars: vars}
	v, err := p.expr()
	if err == nil && p.peek() != 0 {
		err = &SyntaxError{p.pos, "trailing input " + strconv.Quote(p.s[p.pos:])}
	}
	return v, err
}

func main() {
	vars := map[string]float64{"x": 3, "pi": math.Pi, "rate": 0.25}
	for _, e := range []string{"1 + 2 * 3", "(1 + 2) * 3", "x ^ 2 - 10", "2 * pi * x", "100 * (1 + rate) / 5", "8 / (x - 3)", "4 + y", "(1 + 2", "3 3", "1..2 + 1", ""} {
		v, err := Eval(e, vars)
		var se *SyntaxError
		fmt.Printf("%-22q = %-10.4g err=%v div0=%t syntax=%t\n", e, v, err, errors.Is(err, ErrDivZero), errors.As(err, &se))
	}
}
