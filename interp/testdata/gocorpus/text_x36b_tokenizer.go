package main

import (
	"fmt"
	"strings"
	"unicode"
)

type TokenKind int

const (
	EOF TokenKind = iota
	Ident
	Number
	String
	Op
	LParen
	RParen
)

var kindNames = [...]string{"EOF", "Ident", "Number", "String", "Op", "LParen", "RParen"}

func (k TokenKind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("TokenKind(%d)", int(k))
}

type Token struct {
	Kind TokenKind
	Text string
	Pos  int
}

type Lexer struct {
	src []rune
	pos int
}

func (l *Lexer) peek() rune {
	if l.pos >= len(l.src) {
		return 0
	}
	return l.src[l.pos]
}

func (l *Lexer) Next() (Token, error) {
	for l.pos < len(l.src) && unicode.IsSpace(l.src[l.pos]) {
		l.pos++
	}
	start := l.pos
	c := l.peek()
	switch {
	case c == 0:
		return Token{EOF, "", start}, nil
	case unicode.IsLetter(c) || c == '_':
		for unicode.IsLetter(l.peek()) || unicode.IsDigit(l.peek()) || l.peek() == '_' {
			l.pos++
		}
		return Token{Ident, string(l.src[start:l.pos]), start}, nil
	case unicode.IsDigit(c):
		for unicode.IsDigit(l.peek()) || l.peek() == '.' {
			l.pos++
		}
		return Token{Number, string(l.src[start:l.pos]), start}, nil
	case c == '"':
		l.pos++
		var sb strings.Builder
		for {
			r := l.peek()
			if r == 0 {
				return Token{}, fmt.Errorf("unterminated string at %d", start)
			}
			l.pos++
			if r == '"' {
				break
			}
			if r == '\\' {
				r = l.peek()
				l.pos++
				if r == 'n' {
					r = '\n'
				}
			}
			sb.WriteRune(r)
		}
		return Token{String, sb.String(), start}, nil
	case c == '(':
		l.pos++
		return Token{LParen, "(", start}, nil
	case c == ')':
		l.pos++
		return Token{RParen, ")", start}, nil
	case strings.ContainsRune("+-*/=<>!", c):
		l.pos++
		if l.peek() == '=' {
			l.pos++
		}
		return Token{Op, string(l.src[start:l.pos]), start}, nil
	}
	return Token{}, fmt.Errorf("unexpected %q at %d", c, start)
}

func tokenize(s string) ([]Token, error) {
	l := &Lexer{src: []rune(s)}
	var out []Token
	for {
		t, err := l.Next()
		if err != nil {
			return out, err
		}
		out = append(out, t)
		if t.Kind == EOF {
			return out, nil
		}
	}
}

func main() {
	inputs := []string{
		`x1 = (a + 42) * 3.14`,
		`if y >= 10 print "hi\nthere"`,
		`name != "émile"`,
		`bad $ token`,
		`"open`,
	}
	for _, in := range inputs {
		toks, err := tokenize(in)
		fmt.Printf("input %q\n", in)
		for _, t := range toks {
			fmt.Printf("  %-7v %-10q @%d\n", t.Kind, t.Text, t.Pos)
		}
		if err != nil {
			fmt.Println("  error:", err)
		}
	}
	fmt.Printf("%v %+v\n", Token{Op, "+", 3}, Token{Number, "7", 0})
	fmt.Println(TokenKind(9))
}
