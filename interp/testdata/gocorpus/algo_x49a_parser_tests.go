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

func (e *SyntaxError) Error() string { return fmt.Sprintf("pos %d: %s", e.Pos, e.Msg) }

var ErrDivZero = errors.New("division by zero")

type parser struct {
	s   string
	pos int
}

func (p *parser) peek() byte {
	for p.pos < len(p.s) && p.s[p.pos] == ' ' {
		p.pos++
	}
	if p.pos >= len(p.s) {
		return 0
	}
	return p.s[p.pos]
}

func (p *parser) expr() int {
	v := p.term()
	for c := p.peek(); c == '+' || c == '-'; c = p.peek() {
		p.pos++
		if c == '+' {
			v += p.term()
		} else {
			v -= p.term()
		}
	}
	return v
}

func (p *parser) term() int {
	v := p.factor()
	for c := p.peek(); c == '*' || c == '/'; c = p.peek() {
		p.pos++
		r := p.factor()
		if c == '*' {
			v *= r
		} else {
			if r == 0 {
				panic(ErrDivZero)
			}
			v /= r
		}
	}
	return v
}

func (p *parser) factor() int {
	c := p.peek()
	switch {
	case c == '(':
		p.pos++
		v := p.expr()
		if p.peek() != ')' {
			panic(&SyntaxError{p.pos, "expected )"})
		}
		p.pos++
		return v
	case c == '-':
		p.pos++
		return -p.factor()
	case unicode.IsDigit(rune(c)):
		start := p.pos
		for p.pos < len(p.s) && unicode.IsDigit(rune(p.s[p.pos])) {
			p.pos++
		}
		n, _ := strconv.Atoi(p.s[start:p.pos])
		return n
	}
	panic(&SyntaxError{p.pos, fmt.Sprintf("unexpected %q", c)})
}

func Eval(s string) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(error)
			if !ok {
				panic(r)
			}
			err = fmt.Errorf("eval %q: %w", s, e)
		}
	}()
	p := &parser{s: s}
	v = p.expr()
	if p.peek() != 0 {
		panic(&SyntaxError{p.pos, "trailing input"})
	}
	return v, nil
}

func main() {
	cases := []struct {
		in   string
		want int
		err  string
	}{
		{"1 + 2 * 3", 7, ""},
		{"(1 + 2) * 3", 9, ""},
		{"-4 * -(2 - 5)", 12, ""},
		{"10 / 3", 3, ""},
		{"1 / 0", 0, "zero"},
		{"(1 + 2", 0, "syntax"},
		{"2 $", 0, "syntax"},
		{"", 0, "syntax"},
	}
	for _, c := range cases {
		v, err := Eval(c.in)
		var se *SyntaxError
		kind := ""
		switch {
		case errors.Is(err, ErrDivZero):
			kind = "zero"
		case errors.As(err, &se):
			kind = "syntax"
		}
		ok := v == c.want && kind == c.err
		fmt.Printf("%-5v %-16q = %-3d %v\n", strings.ToUpper(strconv.FormatBool(ok)), c.in, v, err)
	}
}
