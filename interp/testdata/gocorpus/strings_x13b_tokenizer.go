package main

import (
	"fmt"
	"strings"
	"unicode"
)

type Kind int

const (
	EOF Kind = iota
	Ident
	Number
	String
	Op
	LParen
	RParen
)

var kindNames = [...]string{"EOF", "Ident", "Number", "String", "Op", "LParen", "RParen"}

func (k Kind) String() string { return kindNames[k] }

type Token struct {
	Kind Kind
	Text string
	Pos  int
}

func (t Token) String() string { return fmt.Sprintf("%v(%q)@%d", t.Kind, t.Text, t.Pos) }

type Lexer struct {
	src []rune
	pos int
}

func (l *Lexer) Next() (Token, error) {
	for l.pos < len(l.src) && unicode.IsSpace(l.src[l.pos]) {
		l.pos++
	}
	if l.pos >= len(l.src) {
		return Token{EOF, "", l.pos}, nil
	}
	start := l.pos
	c := l.src[l.pos]
	take := func(pred func(rune) bool) string {
		for l.pos < len(l.src) && pred(l.src[l.pos]) {
			l.pos++
		}
		return string(l.src[start:l.pos])
	}
	switch {
	case unicode.IsLetter(c) || c == '_':
		return Token{Ident, take(func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' }), start}, nil
	case unicode.IsDigit(c):
		return Token{Number, take(func(r rune) bool { return unicode.IsDigit(r) || r == '.' }), start}, nil
	case c == '"':
		l.pos++
		for l.pos < len(l.src) && l.src[l.pos] != '"' {
			l.pos++
		}
		if l.pos >= len(l.src) {
			return Token{}, fmt.Errorf("unterminated string at %d", start)
		}
		l.pos++
		return Token{String, string(l.src[start+1 : l.pos-1]), start}, nil
	case c == '(':
		l.pos++
		return Token{LParen, "(", start}, nil
	case c == ')':
		l.pos++
		return Token{RParen, ")", start}, nil
	case strings.ContainsRune("+-*/=<>!", c):
		l.pos++
		if l.pos < len(l.src) && l.src[l.pos] == '=' {
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
	for _, src := range []string{
		`x1 := (y + 3.14) * "héllo"`,
		`if a <= b != c`,
		`naïve_λ = 42 @ 1`,
		`"open`,
	} {
		toks, err := tokenize(src)
		fmt.Println(toks)
		if err != nil {
			fmt.Println("  error:", err)
		}
	}
	fmt.Printf("%d %v %s\n", Op, Op, Kind(6))
}
