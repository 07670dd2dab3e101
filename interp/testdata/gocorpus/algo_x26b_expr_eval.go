package main

import (
	"fmt"
	"strconv"
	"unicode"
)

type Parser struct {
	s   string
	pos int
}

type ParseError struct {
	Pos int
	Msg string
}

func (e *ParseError) Error() string { return fmt.Sprintf("at %d: %s", e.Pos, e.Msg) }

func (p *Parser) skip() {
	for p.pos < len(p.s) && p.s[p.pos] == ' ' {
		p.pos++
	}
}

func (p *Parser) peek() byte {
	p.skip()
	if p.pos < len(p.s) {
		return p.s[p.pos]
	}
	return 0
}

func (p *Parser) expr() float64 {
	v := p.term()
	for {
		switch p.peek() {
		case '+':
			p.pos++
			v += p.term()
		case '-':
			p.pos++
			v -= p.term()
		default:
			return v
		}
	}
}

func (p *Parser) term() float64 {
	v := p.factor()
	for {
		switch p.peek() {
		case '*':
			p.pos++
			v *= p.factor()
		case '/':
			p.pos++
			d := p.factor()
			if d == 0 {
				panic(&ParseError{p.pos, "division by zero"})
			}
			v /= d
		default:
			return v
		}
	}
}

func (p *Parser) factor() float64 {
	c := p.peek()
	switch {
	case c == '(':
		p.pos++
		v := p.expr()
		if p.peek() != ')' {
			panic(&ParseError{p.pos, "expected )"})
		}
		p.pos++
		return v
	case c == '-':
		p.pos++
		return -p.factor()
	case unicode.IsDigit(rune(c)) || c == '.':
		start := p.pos
		for p.pos < len(p.s) && (unicode.IsDigit(rune(p.s[p.pos])) || p.s[p.pos] == '.') {
			p.pos++
		}
		f, err := strconv.ParseFloat(p.s[start:p.pos], 64)
		if err != nil {
			panic(&ParseError{start, err.Error()})
		}
		return f
	}
	panic(&ParseError{p.pos, fmt.Sprintf("unexpected %q", c)})
}

func Eval(s string) (v float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			if pe, ok := r.(*ParseError); ok {
				err = pe
				return
			}
			panic(r)
		}
	}()
	p := &Parser{s: s}
	v = p.expr()
	if p.peek() != 0 {
		return 0, &ParseError{p.pos, "trailing input"}
	}
	return v, nil
}

func main() {
	for _, in := range []string{"1 + 2 * 3", "(1+2)*3", "-(4 - 6) / 4", "2 * (3 + 4) * 5 - 1", "1 / 0", "3 +", "1.5.2", "(2", "7 7", "10/4/5"} {
		v, err := Eval(in)
		if err != nil {
			fmt.Printf("%-20q error %v\n", in, err)
			continue
		}
		fmt.Printf("%-20q = %g\n", in, v)
	}
}
