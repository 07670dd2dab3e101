package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type Kind int

const (
	Num Kind = iota
	Op
	LParen
	RParen
	EOF
)

func (k Kind) String() string {
	return [...]string{"Num", "Op", "LParen", "RParen", "EOF"}[k]
}

type Token struct {
	Kind Kind
	Text string
}

var parens = map[rune]Kind{'(': LParen, ')': RParen}

func tokenize(s string) ([]Token, error) {
	var toks []Token
	rs := []rune(s)
	for i := 0; i < len(rs); {
		switch r := rs[i]; {
		case unicode.IsSpace(r):
			i++
		case unicode.IsDigit(r) || r == '.':
			j := i
			for j < len(rs) && (unicode.IsDigit(rs[j]) || rs[j] == '.') {
				j++
			}
			toks = append(toks, Token{Num, string(rs[i:j])})
			i = j
		case strings.ContainsRune("()+-*/", r):
			k, ok := parens[r]
			if !ok {
				k = Op
			}
			toks = append(toks, Token{k, string(r)})
			i++
		default:
			return nil, fmt.Errorf("bad char %q at %d", r, i)
		}
	}
	return append(toks, Token{Kind: EOF}), nil
}

type parser struct {
	toks []Token
	pos  int
}

func (p *parser) peek() Token { return p.toks[p.pos] }
func (p *parser) next() Token { t := p.toks[p.pos]; p.pos++; return t }

func (p *parser) expr() float64 {
	v := p.term()
	for p.peek().Kind == Op && (p.peek().Text == "+" || p.peek().Text == "-") {
		if p.next().Text == "+" {
			v += p.term()
		} else {
			v -= p.term()
		}
	}
	return v
}

func (p *parser) term() float64 {
	v := p.unary()
	for p.peek().Kind == Op && (p.peek().Text == "*" || p.peek().Text == "/") {
		op := p.next().Text
		r := p.unary()
		if op == "*" {
			v *= r
		} else {
			if r == 0 {
				panic("division by zero")
			}
			v /= r
		}
	}
	return v
}

func (p *parser) unary() float64 {
	if p.peek().Text == "-" {
		p.next()
		return -p.unary()
	}
	t := p.next()
	switch t.Kind {
	case Num:
		f, err := strconv.ParseFloat(t.Text, 64)
		if err != nil {
			panic(err)
		}
		return f
	case LParen:
		v := p.expr()
		if p.next().Kind != RParen {
			panic("expected )")
		}
		return v
	}
	panic(fmt.Sprintf("unexpected %v %q", t.Kind, t.Text))
}

func eval(s string) (v float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("eval %q: %v", s, r)
		}
	}()
	toks, err := tokenize(s)
	if err != nil {
		return 0, err
	}
	p := &parser{toks: toks}
	v = p.expr()
	if p.peek().Kind != EOF {
		return 0, fmt.Errorf("trailing %v", p.peek().Kind)
	}
	return v, nil
}

func main() {
	for _, s := range []string{"1 + 2 * 3", "(1+2)*3", "-4 + 10 / 4", "1/0", "3 $ 4", "(1+2", "1.5.2", "2 3", "--3"} {
		v, err := eval(s)
		if err != nil {
			fmt.Println("ERR", err)
			continue
		}
		fmt.Printf("%-12s = %g\n", s, v)
	}
}
