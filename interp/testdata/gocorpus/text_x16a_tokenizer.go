package main

import (
	"fmt"
	"strings"
	"unicode"
)

type Kind int

const (
	Ident Kind = iota
	Number
	Str
	Op
	EOF
)

func (k Kind) String() string {
	return map[Kind]string{Ident: "IDENT", Number: "NUM", Str: "STR", Op: "OP", EOF: "EOF"}[k]
}

type Token struct {
	Kind Kind
	Text string
	Pos  int
}

func (t Token) String() string { return fmt.Sprintf("%v(%s)@%d", t.Kind, t.Text, t.Pos) }

type Lexer struct {
	src []rune
	pos int
}

func (l *Lexer) Next() (tok Token, err error) {
	for l.pos < len(l.src) && unicode.IsSpace(l.src[l.pos]) {
		l.pos++
	}
	if l.pos >= len(l.src) {
		return Token{EOF, "", l.pos}, nil
	}
	start := l.pos
	c := l.src[l.pos]
	switch {
	case unicode.IsLetter(c) || c == '_':
		for l.pos < len(l.src) && (unicode.IsLetter(l.src[l.pos]) || unicode.IsDigit(l.src[l.pos]) || l.src[l.pos] == '_') {
			l.pos++
		}
		return Token{Ident, string(l.src[start:l.pos]), start}, nil
	case unicode.IsDigit(c):
		for l.pos < len(l.src) && (unicode.IsDigit(l.src[l.pos]) || l.src[l.pos] == '.') {
			l.pos++
		}
		return Token{Number, string(l.src[start:l.pos]), start}, nil
	case c == '"':
		l.pos++
		for l.pos < len(l.src) && l.src[l.pos] != '"' {
			l.pos++
		}
		if l.pos >= len(l.src) {
			return Token{}, fmt.Errorf("unterminated string at %d", start)
		}
		l.pos++
		return Token{Str, string(l.src[start+1 : l.pos-1]), start}, nil
	case strings.ContainsRune("+-*/=<>!(){},;", c):
		l.pos++
		if l.pos < len(l.src) && l.src[l.pos] == '=' && strings.ContainsRune("=<>!", c) {
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
	for _, src := range []string{`let x_1 = 3.14 * (y + 2);`, `if a >= b { print("héllo") }`, `s = "open`, `a # b`} {
		toks, err := tokenize(src)
		fmt.Println(toks)
		if err != nil {
			fmt.Println("error:", err)
		}
	}
}
