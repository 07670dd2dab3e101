package main

import (
	"errors"
	"fmt"
	"strconv"
	"unicode"
)

type TokenKind int

const (
	NUM TokenKind = iota
	PLUS
	MINUS
	STAR
	SLASH
	LPAREN
	RPAREN
	EOF
)

func (k TokenKind) String() string {
	return [...]string{"NUM", "PLUS", "MINUS", "STAR", "SLASH", "LPAREN", "RPAREN", "EOF"}[k]
}

type Token struct {
	Kind TokenKind
	Val  int
	Pos  int
}

type SyntaxError struct {
	Pos int
	Msg string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("syntax error at %d: %s", e.Pos, e.Msg) }

var ErrDivZero = errors.New("division by zero")

func lex(s string) ([]Token, error) {
	var toks []Token
	for i := 0; i < len(s); {
		c := rune(s[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c):
			j := i
			for j < len(s) && unicode.IsDigit(rune(s[j])) {
				j++
			}
			n, _ := strconv.Atoi(s[i:j])
			toks = append(toks, Token{NUM, n, i})
			i = j
		default:
			k, ok := map[rune]TokenKind{'+': PLUS, '-': MINUS, '*': STAR, '/': SLASH, '(': LPAREN, ')': RPAREN}[c]
			if !ok {
				return nil, &SyntaxError{i, fmt.Sprintf("unexpected %q", c)}
			}
			toks = append(toks, Token{Kind: k, Pos: i})
			i++
		}
	}
	return append(toks, Token{Kind: EOF, Pos: len(s)}), nil
}

type parser struct {
	toks []Token
	pos  int
}

func (p *parser) peek() Token { return p.toks[p.pos] }
func (p *parser) next() Token { t := p.toks[p.pos]; p.pos++; return t }

func (p *parser) expr() int {
	v := p.term()
	for p.peek().Kind == PLUS || p.peek().Kind == MINUS {
		if p.next().Kind == PLUS {
			v += p.term()
		} else {
			v -= p.term()
		}
	}
	return v
}

func (p *parser) term() int {
	v := p.factor()
	for p.peek().Kind == STAR || p.peek().Kind == SLASH {
		op := p.next()
		r := p.factor()
		if op.Kind == STAR {
			v *= r
		} else if r == 0 {
			panic(fmt.Errorf("at %d: %w", op.Pos, ErrDivZero))
		} else {
			v /= r
		}
	}
	return v
}

func (p *parser) factor() int {
	t := p.next()
	switch t.Kind {
	case NUM:
		return t.Val
	case MINUS:
		return -p.factor()
	case LPAREN:
		v := p.expr()
		if c := p.next(); c.Kind != RPAREN {
			panic(&SyntaxError{c.Pos, "expected ) got " + c.Kind.String()})
		}
		return v
	}
	panic(&SyntaxError{t.Pos, "unexpected " + t.Kind.String()})
}

func Eval(s string) (result int, err error) {
	toks, err := lex(s)
	if err != nil {
		return 0, err
	}
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
				return
			}
			panic(r)
		}
	}()
	p := &parser{toks: toks}
	result = p.expr()
	if p.peek().Kind != EOF {
		return 0, &SyntaxError{p.peek().Pos, "trailing " + p.peek().Kind.String()}
	}
	return result, nil
}

func main() {
	for _, s := range []string{"1 + 2 * 3", "(1+2)*3", "-4 * (2 - 7)", "10 / (5 - 5)", "2 $ 3", "(1 + 2", "3 4", "100/7/2"} {
		v, err := Eval(s)
		var se *SyntaxError
		switch {
		case err == nil:
			fmt.Printf("%-14q = %d\n", s, v)
		case errors.As(err, &se):
			fmt.Printf("%-14q syntax(pos=%d): %v\n", s, se.Pos, err)
		case errors.Is(err, ErrDivZero):
			fmt.Printf("%-14q math: %v\n", s, err)
		}
	}
}
