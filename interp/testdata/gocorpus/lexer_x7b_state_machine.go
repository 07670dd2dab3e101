// Exercises: a state-function lexer (type stateFn func(*lexer) stateFn), closures returning states, token kinds with a String method, rune classification.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

type kind int

const (
	kIdent kind = iota
	kNumber
	kOp
	kError
)

func (k kind) String() string { return [...]string{"IDENT", "NUMBER", "OP", "ERROR"}[k] }

type lexer struct {
	src        []rune
	start, pos int
	tokens     []string
}
type stateFn func(*lexer) stateFn // a state returns the next state

func (l *lexer) emit(k kind) {
	l.tokens = append(l.tokens, fmt.Sprintf("%v(%s)", k, string(l.src[l.start:l.pos])))
	l.start = l.pos
}

func (l *lexer) skip(ok func(rune) bool) {
	for ; l.pos < len(l.src) && ok(l.src[l.pos]); l.pos++ {
	}
}

func lexWhile(k kind, ok func(rune) bool) stateFn {
	return func(l *lexer) stateFn { l.skip(ok); l.emit(k); return lexAny }
}

func lexAny(l *lexer) stateFn {
	l.skip(unicode.IsSpace)
	if l.start = l.pos; l.pos >= len(l.src) {
		return nil
	}
	switch r := l.src[l.pos]; {
	case unicode.IsLetter(r) || r == '_':
		return lexWhile(kIdent, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' })
	case unicode.IsDigit(r):
		return lexWhile(kNumber, func(r rune) bool { return unicode.IsDigit(r) || r == '.' })
	case strings.ContainsRune("+-*/=()<>!:", r):
		if l.pos++; l.pos < len(l.src) && l.src[l.pos] == '=' {
			l.pos++
		}
		l.emit(kOp)
	default:
		l.pos++ // one unknown rune is one error token
		l.emit(kError)
	}
	return lexAny
}

func main() {
	l := &lexer{src: []rune(`x1 := 3.14 * (y_2 + 10) >= héllo ! @ ü2`)}
	for state := stateFn(lexAny); state != nil; {
		state = state(l)
	}
	fmt.Println(strings.Join(l.tokens, " "), len(l.tokens))
}
