// Exercises: a tokenizer returning io.EOF as a sentinel and a loop that stops on it.
package main

import (
	"errors"
	"fmt"
	"io"
	"unicode"
)

type Lexer struct {
	src []rune
	pos int
}

var ErrBadChar = errors.New("unexpected character")

func (l *Lexer) Next() (string, error) {
	for l.pos < len(l.src) && unicode.IsSpace(l.src[l.pos]) {
		l.pos++
	}
	if l.pos >= len(l.src) {
		return "", io.EOF
	}
	start := l.pos
	switch r := l.src[l.pos]; {
	case unicode.IsDigit(r):
		for l.pos < len(l.src) && unicode.IsDigit(l.src[l.pos]) {
			l.pos++
		}
	case unicode.IsLetter(r):
		for l.pos < len(l.src) && unicode.IsLetter(l.src[l.pos]) {
			l.pos++
		}
	case r == '+' || r == '*' || r == '(' || r == ')':
		l.pos++
	default:
		l.pos++
		return "", fmt.Errorf("at %d %q: %w", start, r, ErrBadChar)
	}
	return string(l.src[start:l.pos]), nil
}

func main() {
	for _, input := range []string{"x + 42*(y)", "a $ b", ""} {
		lx := &Lexer{src: []rune(input)}
		var toks []string
		for {
			tok, err := lx.Next()
			if err == io.EOF {
				fmt.Printf("%q -> %q\n", input, toks)
				break
			}
			if err != nil {
				fmt.Println("error:", err, errors.Is(err, ErrBadChar))
				break
			}
			toks = append(toks, tok)
		}
	}
}
