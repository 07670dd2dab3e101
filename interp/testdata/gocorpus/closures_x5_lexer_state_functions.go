// Exercises: a lexer written with state functions (a function type that
// returns itself), declared functions and a closure as states.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

type lexer struct {
	input  string
	pos    int
	tokens []string
}

type stateFn func(*lexer) stateFn

func lexStart(l *lexer) stateFn {
	for l.pos < len(l.input) && l.input[l.pos] == ' ' {
		l.pos++
	}
	if l.pos >= len(l.input) {
		return nil
	}
	if unicode.IsDigit(rune(l.input[l.pos])) {
		return lexNumber
	}
	return lexWord
}

func lexNumber(l *lexer) stateFn {
	start := l.pos
	for l.pos < len(l.input) && unicode.IsDigit(rune(l.input[l.pos])) {
		l.pos++
	}
	l.tokens = append(l.tokens, "NUM("+l.input[start:l.pos]+")")
	return lexStart
}

func lexWord(l *lexer) stateFn {
	start := l.pos
	for l.pos < len(l.input) && l.input[l.pos] != ' ' {
		l.pos++
	}
	l.tokens = append(l.tokens, "WORD("+strings.ToUpper(l.input[start:l.pos])+")")
	return lexStart
}

func main() {
	l := &lexer{input: "add 12 to 30 now"}
	steps := 0
	for state := stateFn(lexStart); state != nil; state = state(l) {
		steps++
	}
	fmt.Println(l.tokens, steps)
	count := 0
	var counting stateFn
	counting = func(l *lexer) stateFn {
		count++
		if count < 3 {
			return counting
		}
		return nil
	}
	for s := counting; s != nil; {
		s = s(l)
	}
	fmt.Println("count", count)
}
