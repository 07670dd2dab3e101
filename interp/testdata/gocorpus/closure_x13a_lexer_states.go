package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

type TokenType int

const (
	TError TokenType = iota
	TIdent
	TNumber
	TString
	TOp
	TEOF
)

var typeNames = map[TokenType]string{TError: "ERR", TIdent: "IDENT", TNumber: "NUM", TString: "STR", TOp: "OP", TEOF: "EOF"}

func (t TokenType) String() string { return typeNames[t] }

type Token struct {
	Type TokenType
	Val  string
}

type lexer struct {
	input  string
	start  int
	pos    int
	width  int
	tokens chan Token
}

type stateFn func(*lexer) stateFn

func (l *lexer) next() rune {
	if l.pos >= len(l.input) {
		l.width = 0
		return -1
	}
	r, w := utf8.DecodeRuneInString(l.input[l.pos:])
	l.width = w
	l.pos += w
	return r
}

func (l *lexer) backup()          { l.pos -= l.width }
func (l *lexer) ignore()          { l.start = l.pos }
func (l *lexer) emit(t TokenType) { l.tokens <- Token{t, l.input[l.start:l.pos]}; l.start = l.pos }
func (l *lexer) acceptRun(f func(rune) bool) {
	for f(l.next()) {
	}
	l.backup()
}

func lexAny(l *lexer) stateFn {
	switch r := l.next(); {
	case r == -1:
		l.emit(TEOF)
		return nil
	case unicode.IsSpace(r):
		l.ignore()
		return lexAny
	case unicode.IsLetter(r) || r == '_':
		l.acceptRun(func(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) })
		l.emit(TIdent)
		return lexAny
	case unicode.IsDigit(r):
		l.acceptRun(func(r rune) bool { return unicode.IsDigit(r) || r == '.' })
		l.emit(TNumber)
		return lexAny
	case r == '"':
		return lexString
	case strings.ContainsRune("+-*/=<>!(){};,", r):
		if n := l.next(); n != '=' {
			l.backup()
		}
		l.emit(TOp)
		return lexAny
	default:
		l.tokens <- Token{TError, fmt.Sprintf("unexpected %q at %d", r, l.start)}
		return nil
	}
}

func lexString(l *lexer) stateFn {
	for {
		switch l.next() {
		case '\\':
			l.next()
		case '"':
			l.emit(TString)
			return lexAny
		case -1:
			l.tokens <- Token{TError, "unterminated string"}
			return nil
		}
	}
}

func Lex(input string) <-chan Token {
	l := &lexer{input: input, tokens: make(chan Token)}
	go func() {
		for state := stateFn(lexAny); state != nil; {
			state = state(l)
		}
		close(l.tokens)
	}()
	return l.tokens
}

func main() {
	for _, src := range []string{
		`let x_1 = 42 + y*3.5;`,
		`if (a >= b) { print("hi \"there\"", ünï) }`,
		`s = "open`,
		`x = 3 # comment`,
	} {
		var parts []string
		counts := map[TokenType]int{}
		for tok := range Lex(src) {
			counts[tok.Type]++
			parts = append(parts, fmt.Sprintf("%v:%s", tok.Type, tok.Val))
		}
		fmt.Println(strings.Join(parts, " "))
		fmt.Println("  ", counts)
	}
}
