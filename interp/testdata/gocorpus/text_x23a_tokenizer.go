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
	Punct
	Keyword
)

func (k Kind) String() string {
	return [...]string{"EOF", "Ident", "Number", "String", "Punct", "Keyword"}[k]
}

type Pos struct{ Line, Col int }

func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

type Token struct {
	Kind Kind
	Text string
	Pos
}

func (t Token) String() string { return fmt.Sprintf("%v %v %q", t.Pos, t.Kind, t.Text) }

var keywords = map[string]bool{"let": true, "if": true, "else": true, "fn": true}

type Lexer struct {
	src       []rune
	i         int
	line, col int
}

func NewLexer(s string) *Lexer { return &Lexer{src: []rune(s), line: 1, col: 1} }

func (l *Lexer) peek() rune {
	if l.i >= len(l.src) {
		return 0
	}
	return l.src[l.i]
}

func (l *Lexer) next() rune {
	r := l.src[l.i]
	l.i++
	if r == '\n' {
		l.line++
		l.col = 1
	} else {
		l.col++
	}
	return r
}

func (l *Lexer) Next() Token {
	for unicode.IsSpace(l.peek()) {
		l.next()
	}
	start := Pos{l.line, l.col}
	if l.i >= len(l.src) {
		return Token{EOF, "", start}
	}
	var sb strings.Builder
	r := l.peek()
	switch {
	case unicode.IsLetter(r) || r == '_':
		for unicode.IsLetter(l.peek()) || unicode.IsDigit(l.peek()) || l.peek() == '_' {
			sb.WriteRune(l.next())
		}
		if keywords[sb.String()] {
			return Token{Keyword, sb.String(), start}
		}
		return Token{Ident, sb.String(), start}
	case unicode.IsDigit(r):
		for unicode.IsDigit(l.peek()) || l.peek() == '.' {
			sb.WriteRune(l.next())
		}
		return Token{Number, sb.String(), start}
	case r == '"':
		l.next()
		for l.peek() != '"' && l.peek() != 0 {
			sb.WriteRune(l.next())
		}
		if l.peek() == '"' {
			l.next()
		}
		return Token{String, sb.String(), start}
	}
	sb.WriteRune(l.next())
	if strings.ContainsRune("=!<>", r) && l.peek() == '=' {
		sb.WriteRune(l.next())
	}
	return Token{Punct, sb.String(), start}
}

func (l *Lexer) All() func(func(Token) bool) {
	return func(yield func(Token) bool) {
		for {
			t := l.Next()
			if t.Kind == EOF || !yield(t) {
				return
			}
		}
	}
}

func main() {
	src := "let x = 3.14;\nif x >= 2 { print(\"héllo\", x_1) }\nfn f() != y"
	counts := map[Kind]int{}
	for t := range NewLexer(src).All() {
		fmt.Println(t)
		counts[t.Kind]++
	}
	fmt.Println(counts)
	n := 0
	for t := range NewLexer(src).All() {
		if n == 3 {
			fmt.Println("stopped at", t.Pos)
			break
		}
		n++
	}
}
