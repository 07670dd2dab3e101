package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type TokenKind int

const (
	NUM TokenKind = iota
	OP
	LPAREN
	RPAREN
)

type Token struct {
	Kind TokenKind
	Text string
}

var ErrSyntax = errors.New("syntax error")

func tokenize(s string) ([]Token, error) {
	var toks []Token
	rs := []rune(s)
	for i := 0; i < len(rs); {
		c := rs[i]
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c) || c == '.':
			j := i
			for j < len(rs) && (unicode.IsDigit(rs[j]) || rs[j] == '.') {
				j++
			}
			toks = append(toks, Token{NUM, string(rs[i:j])})
			i = j
		case strings.ContainsRune("+-*/%^", c):
			toks = append(toks, Token{OP, string(c)})
			i++
		case c == '(':
			toks = append(toks, Token{LPAREN, "("})
			i++
		case c == ')':
			toks = append(toks, Token{RPAREN, ")"})
			i++
		default:
			return nil, fmt.Errorf("%w: unexpected %q at %d", ErrSyntax, c, i)
		}
	}
	return toks, nil
}

type parser struct {
	toks []Token
	pos  int
}

func (p *parser) peek() *Token {
	if p.pos < len(p.toks) {
		return &p.toks[p.pos]
	}
	return nil
}

func (p *parser) expr() float64 {
	v := p.term()
	for t := p.peek(); t != nil && t.Kind == OP && (t.Text == "+" || t.Text == "-"); t = p.peek() {
		p.pos++
		if t.Text == "+" {
			v += p.term()
		} else {
			v -= p.term()
		}
	}
	return v
}

func (p *parser) term() float64 {
	v := p.factor()
	for t := p.peek(); t != nil && t.Kind == OP && strings.Contains("*/%", t.Text); t = p.peek() {
		p.pos++
		r := p.factor()
		switch t.Text {
		case "*":
			v *= r
		case "/":
			if r == 0 {
				panic(errors.New("division by zero"))
			}
			v /= r
		case "%":
			v = float64(int(v) % int(r))
		}
	}
	return v
}

func (p *parser) factor() float64 {
	t := p.peek()
	if t == nil {
		panic(fmt.Errorf("%w: unexpected end", ErrSyntax))
	}
	p.pos++
	switch {
	case t.Kind == NUM:
		f, err := strconv.ParseFloat(t.Text, 64)
		if err != nil {
			panic(fmt.Errorf("%w: %v", ErrSyntax, err))
		}
		return f
	case t.Kind == OP && t.Text == "-":
		return -p.factor()
	case t.Kind == LPAREN:
		v := p.expr()
		if n := p.peek(); n == nil || n.Kind != RPAREN {
			panic(fmt.Errorf("%w: missing )", ErrSyntax))
		}
		p.pos++
		return v
	}
	panic(fmt.Errorf("%w: unexpected %q", ErrSyntax, t.Text))
}

func Eval(s string) (v float64, err error) {
	toks, err := tokenize(s)
	if err != nil {
		return 0, err
	}
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	p := &parser{toks: toks}
	v = p.expr()
	if p.pos != len(toks) {
		return 0, fmt.Errorf("%w: trailing %q", ErrSyntax, toks[p.pos].Text)
	}
	return v, nil
}

func main() {
	for _, s := range []string{"1 + 2 * 3", "(1+2)*3", "-4 + 10 / 4", "17 % 5 * 2", "2 * (3 + (4 - 1)) / 0.5",
		"1 +", "3 $ 4", "(2", "4 / (2 - 2)", "1.2.3", "8 2"} {
		v, err := Eval(s)
		fmt.Printf("%-26q => %g, %v, syntax=%v\n", s, v, err, errors.Is(err, ErrSyntax))
	}
}
