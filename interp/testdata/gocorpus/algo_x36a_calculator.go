package main

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

type TokenKind int

const (
	Op TokenKind = iota
	Num
	LParen
	RParen
)

type Token struct {
	Kind TokenKind
	Val  int
	Op   byte
}

func tokenize(s string) ([]Token, error) {
	var toks []Token
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case unicode.IsSpace(rune(c)):
			i++
		case unicode.IsDigit(rune(c)):
			n := 0
			for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
				n = n*10 + int(s[i]-'0')
			}
			toks = append(toks, Token{Kind: Num, Val: n})
		case strings.IndexByte("+-*/()", c) >= 0:
			toks = append(toks, Token{Kind: map[byte]TokenKind{'(': LParen, ')': RParen}[c], Op: c})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	return toks, nil
}

var ErrDivZero = errors.New("division by zero")

// parser is a recursive-descent evaluator: expr := term (('+'|'-') term)*
type parser struct {
	toks []Token
	pos  int
}

func (p *parser) peek() *Token {
	if p.pos >= len(p.toks) {
		return nil
	}
	return &p.toks[p.pos]
}

func (p *parser) expr() (int, error) {
	v, err := p.term()
	for err == nil {
		t := p.peek()
		if t == nil || t.Kind != Op || (t.Op != '+' && t.Op != '-') {
			break
		}
		p.pos++
		r, terr := p.term()
		if err = terr; t.Op == '-' {
			r = -r
		}
		v += r
	}
	return v, err
}

func (p *parser) term() (int, error) {
	v, err := p.factor()
	for err == nil {
		t := p.peek()
		if t == nil || t.Kind != Op || (t.Op != '*' && t.Op != '/') {
			break
		}
		p.pos++
		r, ferr := p.factor()
		if err = ferr; err != nil {
			break
		}
		if t.Op == '*' {
			v *= r
		} else if r == 0 {
			err = ErrDivZero
		} else {
			v /= r
		}
	}
	return v, err
}

func (p *parser) factor() (int, error) {
	t := p.peek()
	if t == nil {
		return 0, errors.New("unexpected end")
	}
	p.pos++
	switch t.Kind {
	case Num:
		return t.Val, nil
	case Op:
		if t.Op == '-' {
			v, err := p.factor()
			return -v, err
		}
	case LParen:
		v, err := p.expr()
		if nt := p.peek(); err == nil && (nt == nil || nt.Kind != RParen) {
			return 0, errors.New("missing )")
		}
		p.pos++
		return v, err
	}
	return 0, fmt.Errorf("unexpected token %+v", *t)
}

func calculate(s string) (int, error) {
	toks, err := tokenize(s)
	if err != nil {
		return 0, err
	}
	p := &parser{toks: toks}
	v, err := p.expr()
	if err == nil && p.pos != len(toks) {
		return v, fmt.Errorf("trailing tokens at %d", p.pos)
	}
	return v, err
}

func main() {
	for _, s := range []string{"1 + 1", " 2-1 + 2 ", "(1+(4+5+2)-3)+(6+8)", "3+2*2", " 3/2 ", "-(2+3)*4", "14-3/2", "1/(2-2)", "2*(3", "4 % 2", "1 2", ")"} {
		v, err := calculate(s)
		if err != nil {
			fmt.Printf("%-22q error: %v (div0=%t)\n", s, err, errors.Is(err, ErrDivZero))
			continue
		}
		fmt.Printf("%-22q = %d\n", s, v)
	}
}
