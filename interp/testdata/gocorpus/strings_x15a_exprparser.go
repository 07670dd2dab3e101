package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type TokenKind int

const (
	NUM TokenKind = iota
	IDENT
	OP
	LPAREN
	RPAREN
	EOF
)

type Token struct {
	Kind TokenKind
	Text string
	Pos  int
}

func (k TokenKind) String() string {
	return [...]string{"NUM", "IDENT", "OP", "(", ")", "EOF"}[k]
}

func lex(src string) ([]Token, error) {
	var toks []Token
	i := 0
	for i < len(src) {
		c := rune(src[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c) || c == '.':
			j := i
			for j < len(src) && (unicode.IsDigit(rune(src[j])) || src[j] == '.') {
				j++
			}
			toks = append(toks, Token{NUM, src[i:j], i})
			i = j
		case unicode.IsLetter(c):
			j := i
			for j < len(src) && unicode.IsLetter(rune(src[j])) {
				j++
			}
			toks = append(toks, Token{IDENT, src[i:j], i})
			i = j
		case strings.ContainsRune("+-*/%", c):
			toks = append(toks, Token{OP, string(c), i})
			i++
		case c == '(':
			toks = append(toks, Token{LPAREN, "(", i})
			i++
		case c == ')':
			toks = append(toks, Token{RPAREN, ")", i})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	return append(toks, Token{EOF, "", len(src)}), nil
}

type parser struct {
	toks []Token
	pos  int
	vars map[string]float64
}

type parseError struct {
	tok Token
	msg string
}

func (p *parser) peek() Token     { return p.toks[p.pos] }
func (p *parser) next() Token     { t := p.toks[p.pos]; p.pos++; return t }
func (p *parser) fail(msg string) { panic(parseError{p.peek(), msg}) }

func (p *parser) expr() float64 {
	v := p.term()
	for p.peek().Kind == OP && (p.peek().Text == "+" || p.peek().Text == "-") {
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
	for p.peek().Kind == OP && strings.Contains("*/%", p.peek().Text) {
		op := p.next().Text
		r := p.unary()
		switch op {
		case "*":
			v *= r
		case "/":
			v /= r
		case "%":
			v = float64(int(v) % int(r))
		}
	}
	return v
}

func (p *parser) unary() float64 {
	if p.peek().Kind == OP && p.peek().Text == "-" {
		p.next()
		return -p.unary()
	}
	return p.primary()
}

func (p *parser) primary() float64 {
	t := p.peek()
	switch t.Kind {
	case NUM:
		p.next()
		f, err := strconv.ParseFloat(t.Text, 64)
		if err != nil {
			p.fail("bad number")
		}
		return f
	case IDENT:
		p.next()
		v, ok := p.vars[t.Text]
		if !ok {
			p.fail("unknown variable " + t.Text)
		}
		return v
	case LPAREN:
		p.next()
		v := p.expr()
		if p.peek().Kind != RPAREN {
			p.fail("expected )")
		}
		p.next()
		return v
	}
	p.fail("unexpected " + t.Kind.String())
	return 0
}

func Eval(src string, vars map[string]float64) (v float64, err error) {
	toks, err := lex(src)
	if err != nil {
		return 0, err
	}
	p := &parser{toks: toks, vars: vars}
	defer func() {
		if r := recover(); r != nil {
			pe, ok := r.(parseError)
			if !ok {
				panic(r)
			}
			err = fmt.Errorf("col %d (%v %q): %s", pe.tok.Pos, pe.tok.Kind, pe.tok.Text, pe.msg)
		}
	}()
	v = p.expr()
	if p.peek().Kind != EOF {
		p.fail("trailing input")
	}
	return v, nil
}

func main() {
	vars := map[string]float64{"x": 3, "y": 4, "pi": 3.14159}
	for _, src := range []string{
		"1 + 2 * 3", "(1 + 2) * 3", "-x * -y", "x*x + y*y", "2 * pi * x", "17 % 5 + 1.5",
		"10 / 4 / 5", "1 / 0", "(1 + 2", "z + 1", "3 $ 4", "1 2", "1..2 + 1", "",
	} {
		v, err := Eval(src, vars)
		if err != nil {
			fmt.Printf("%-14q error: %v\n", src, err)
			continue
		}
		fmt.Printf("%-14q = %g\n", src, v)
	}
	toks, _ := lex("a+(12)")
	fmt.Println(toks)
}
