package main

import (
	"fmt"
	"strings"
	"unicode"
)

type lexer struct {
	input  string
	pos    int
	start  int
	tokens []string
}

type stateFn func(*lexer) stateFn

func (l *lexer) emit(kind string) {
	l.tokens = append(l.tokens, fmt.Sprintf("%s(%q)", kind, l.input[l.start:l.pos]))
	l.start = l.pos
}

func (l *lexer) next() rune {
	if l.pos >= len(l.input) {
		return 0
	}
	r := rune(l.input[l.pos])
	l.pos++
	return r
}

func (l *lexer) backup() { l.pos-- }

func lexAny(l *lexer) stateFn {
	switch r := l.next(); {
	case r == 0:
		return nil
	case r == ' ':
		l.start = l.pos
		return lexAny
	case unicode.IsDigit(r):
		return lexNumber
	case unicode.IsLetter(r):
		return lexIdent
	case r == '"':
		return lexString
	default:
		l.emit("SYM")
		return lexAny
	}
}

func lexNumber(l *lexer) stateFn {
	for r := l.next(); unicode.IsDigit(r); r = l.next() {
	}
	if l.pos < len(l.input) || !unicode.IsDigit(rune(l.input[l.pos-1])) {
		l.backup()
	}
	l.emit("NUM")
	return lexAny
}

func lexIdent(l *lexer) stateFn {
	for {
		r := l.next()
		if r == 0 {
			break
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			l.backup()
			break
		}
	}
	word := l.input[l.start:l.pos]
	if word == "if" || word == "let" {
		l.emit("KW")
	} else {
		l.emit("ID")
	}
	return lexAny
}

func lexString(l *lexer) stateFn {
	for {
		switch l.next() {
		case '"':
			l.emit("STR")
			return lexAny
		case 0:
			l.tokens = append(l.tokens, "ERR(unterminated)")
			return nil
		}
	}
}

func run(input string) []string {
	l := &lexer{input: input}
	for state := stateFn(lexAny); state != nil; {
		state = state(l)
	}
	return l.tokens
}

type Light int

func (l Light) String() string { return [...]string{"RED", "GREEN", "YELLOW"}[l] }

func main() {
	for _, in := range []string{`let x1 = 42 + y;`, `if "hi" 7`, `"open`} {
		fmt.Println(strings.Join(run(in), " "))
	}
	transitions := map[Light]func() (Light, int){
		0: func() (Light, int) { return 1, 30 },
		1: func() (Light, int) { return 2, 25 },
		2: func() (Light, int) { return 0, 5 },
	}
	cur, elapsed := Light(0), 0
	for i := 0; i < 5; i++ {
		next, d := transitions[cur]()
		elapsed += d
		fmt.Printf("%v -> %v after %ds (t=%d)\n", cur, next, d, elapsed)
		cur = next
	}
}
