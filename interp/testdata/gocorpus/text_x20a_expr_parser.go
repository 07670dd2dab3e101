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
	OP
	LPAREN
	RPAREN
	EOF
)

type Token struct {
	Kind TokenKind
	Text string
}

func lex(s string) ([]Token, error) {
	var toks []Token
	for i := 0; i < len(s); {
		c := rune(s[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c) || c == '.':
			j := i
			for j < len(s) && (unicode.IsDigit(rune(s[j])) || s[j] == '.') {
				j++
			}
			toks = append(toks, Token{NUM, s[i:j]})
			i = j
		case strings.ContainsRune("+-*/^", c):
			toks = append(toks, Token{OP, string(c)})
			i++
		case c == '(':
			toks = append(toks, Token{LPAREN, "("})
			i++
		case c == ')':
			toks = append(toks, Token{RPAREN, ")"})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", c, i)
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

var prec = map[string]int{"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}

func (p *parser) primary() (float64, error) {
	t := p.next()
	switch t.Kind {
	case NUM:
		return strconv.ParseFloat(t.Text, 64)
	case OP:
		if t.Text == "-" {
			v, err := p.primary()
			return -v, err
		}
	case LPAREN:
		v, err := p.expr(1)
		if err != nil {
			return 0, err
		}
		if p.next().Kind != RPAREN {
			return 0, fmt.Errorf("missing )")
		}
		return v, nil
	}
	return 0, fmt.Errorf("unexpected token %q", t.Text)
}

func (p *parser) expr(minPrec int) (float64, error) {
	lhs, err := p.primary()
	if err != nil {
		return 0, err
	}
	for {
		t := p.peek()
		if t.Kind != OP || prec[t.Text] < minPrec {
			return lhs, nil
		}
		p.next()
		nextMin := prec[t.Text] + 1
		if t.Text == "^" {
			nextMin = prec[t.Text]
		}
		rhs, err := p.expr(nextMin)
		if err != nil {
			return 0, err
		}
		switch t.Text {
		case "+":
			lhs += rhs
		case "-":
			lhs -= rhs
		case "*":
			lhs *= rhs
		case "/":
			if rhs == 0 {
				return 0, fmt.Errorf("division by zero")
			}
			lhs /= rhs
		case "^":
			r := 1.0
			for range int(rhs) {
				r *= lhs
			}
			lhs = r
		}
	}
}

func eval(s string) (float64, error) {
	toks, err := lex(s)
	if err != nil {
		return 0, err
	}
	p := &parser{toks: toks}
	v, err := p.expr(1)
	if err == nil && p.peek().Kind != EOF {
		err = fmt.Errorf("trailing %q", p.peek().Text)
	}
	return v, err
}

func main() {
	for _, s := range []string{"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "2 * (3 + (4 - 1)) ^ 2",
		"1 / 0", "3 + x", "(1 + 2", "1 2", "0.5 * 8 - -1"} {
		v, err := eval(s)
		if err != nil {
			fmt.Printf("%-24s error: %v\n", s, err)
		} else {
			fmt.Printf("%-24s = %g\n", s, v)
		}
	}
}
