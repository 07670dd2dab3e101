package main

import (
	"bufio"
	"fmt"
	"strings"
	"unicode"
)

type Kind int

const (
	Ident Kind = iota
	Number
	String
	Op
	EOF
)

func (k Kind) String() string {
	return [...]string{"Ident", "Number", "String", "Op", "EOF"}[k]
}

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
		return Token{Kind: EOF, Pos: l.pos}, nil
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
		var sb strings.Builder
		for l.pos < len(l.src) && l.src[l.pos] != '"' {
			if l.src[l.pos] == '\\' && l.pos+1 < len(l.src) {
				l.pos++
			}
			sb.WriteRune(l.src[l.pos])
			l.pos++
		}
		if l.pos >= len(l.src) {
			return Token{}, fmt.Errorf("unterminated string at %d", start)
		}
		l.pos++
		return Token{String, sb.String(), start}, nil
	case strings.ContainsRune("+-*/=<>!(){};,", c):
		l.pos++
		if l.pos < len(l.src) && l.src[l.pos] == '=' && strings.ContainsRune("=<>!", c) {
			l.pos++
		}
		return Token{Op, string(l.src[start:l.pos]), start}, nil
	}
	return Token{}, fmt.Errorf("unexpected %q at %d", c, start)
}

func main() {
	src := `let x = 3.14 * (y + 42);
if x >= 10 { print("big \"num\"", x) }
z != ñandú; @`
	sc := bufio.NewScanner(strings.NewReader(src))
	line := 0
	for sc.Scan() {
		line++
		lx := &Lexer{src: []rune(sc.Text())}
		var toks []string
		for {
			t, err := lx.Next()
			if err != nil {
				toks = append(toks, "ERR "+err.Error())
				break
			}
			if t.Kind == EOF {
				break
			}
			toks = append(toks, t.String())
		}
		fmt.Printf("line %d: %s\n", line, strings.Join(toks, " "))
	}
	ws := bufio.NewScanner(strings.NewReader("one two  three\nfour"))
	ws.Split(bufio.ScanWords)
	n := 0
	for ws.Scan() {
		n++
	}
	fmt.Println("words:", n)
}
