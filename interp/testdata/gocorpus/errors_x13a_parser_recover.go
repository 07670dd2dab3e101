package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type SyntaxError struct {
	Pos int
	Msg string
}

func (e SyntaxError) Error() string { return fmt.Sprintf("syntax error at %d: %s", e.Pos, e.Msg) }

var ErrDivZero = errors.New("division by zero")

type parser struct {
	src string
	pos int
}

func (p *parser) skip() {
	for p.pos < len(p.src) && unicode.IsSpace(rune(p.src[p.pos])) {
		p.pos++
	}
}

func (p *parser) fail(msg string) { panic(SyntaxError{p.pos, msg}) }

func (p *parser) expr() float64 {
	v := p.term()
	for p.skip(); p.pos < len(p.src); p.skip() {
		switch op := p.src[p.pos]; op {
		case '+', '-':
			p.pos++
			r := p.term()
			if op == '+' {
				v += r
			} else {
				v -= r
			}
		default:
			return v
		}
	}
	return v
}

func (p *parser) term() float64 {
	v := p.factor()
	for p.skip(); p.pos < len(p.src) && strings.ContainsRune("*/%", rune(p.src[p.pos])); p.skip() {
		op := p.src[p.pos]
		p.pos++
		r := p.factor()
		switch op {
		case '*':
			v *= r
		case '/':
			if r == 0 {
				panic(fmt.Errorf("at %d: %w", p.pos, ErrDivZero))
			}
			v /= r
		case '%':
			v = float64(int(v) % int(r))
		}
	}
	return v
}

func (p *parser) factor() float64 {
	p.skip()
	if p.pos >= len(p.src) {
		p.fail("unexpected end")
	}
	if p.src[p.pos] == '(' {
		p.pos++
		v := p.expr()
		if p.pos >= len(p.src) || p.src[p.pos] != ')' {
			p.fail("missing )")
		}
		p.pos++
		return v
	}
	if p.src[p.pos] == '-' {
		p.pos++
		return -p.factor()
	}
	start := p.pos
	for p.pos < len(p.src) && (unicode.IsDigit(rune(p.src[p.pos])) || p.src[p.pos] == '.') {
		p.pos++
	}
	f, err := strconv.ParseFloat(p.src[start:p.pos], 64)
	if err != nil {
		p.fail(fmt.Sprintf("bad number %q", p.src[start:p.pos]))
	}
	return f
}

func Eval(s string) (v float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			switch e := r.(type) {
			case SyntaxError:
				err = e
			case error:
				err = fmt.Errorf("eval %q: %w", s, e)
			default:
				panic(r)
			}
		}
	}()
	p := &parser{src: s}
	v = p.expr()
	if p.pos != len(s) {
		p.fail("trailing input")
	}
	return v, nil
}

func main() {
	for _, s := range []string{"1 + 2 * 3", "(1+2)*3", "-(4 - 10) / 4", "2 * (3 + ", "7 / (2 - 2)", "10 % 4 + 0.5", "3 $ 4", "1..2"} {
		v, err := Eval(s)
		var se SyntaxError
		switch {
		case errors.As(err, &se):
			fmt.Printf("%-14q syntax @%d: %s\n", s, se.Pos, se.Msg)
		case errors.Is(err, ErrDivZero):
			fmt.Printf("%-14q math: %v\n", s, err)
		default:
			fmt.Printf("%-14q = %g\n", s, v)
		}
	}
}
