package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

type itemType int

const (
	itemError itemType = iota
	itemText
	itemLeft
	itemRight
	itemIdent
	itemPipe
	itemEOF
)

func (t itemType) String() string {
	return [...]string{"error", "text", "{{", "}}", "ident", "|", "EOF"}[t]
}

type item struct {
	typ itemType
	val string
}

func (i item) String() string {
	if i.typ == itemEOF {
		return "EOF"
	}
	return fmt.Sprintf("%v:%q", i.typ, i.val)
}

type stateFn func(*lexer) stateFn

type lexer struct {
	input string
	start int
	pos   int
	width int
	items []item
}

func (l *lexer) emit(t itemType) {
	l.items = append(l.items, item{t, l.input[l.start:l.pos]})
	l.start = l.pos
}

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

func (l *lexer) backup() { l.pos -= l.width }

func (l *lexer) errorf(format string, args ...any) stateFn {
	l.items = append(l.items, item{itemError, fmt.Sprintf(format, args...)})
	return nil
}

func lexText(l *lexer) stateFn {
	for {
		if strings.HasPrefix(l.input[l.pos:], "{{") {
			if l.pos > l.start {
				l.emit(itemText)
			}
			return lexLeft
		}
		if l.next() == -1 {
			break
		}
	}
	if l.pos > l.start {
		l.emit(itemText)
	}
	l.emit(itemEOF)
	return nil
}

func lexLeft(l *lexer) stateFn {
	l.pos += 2
	l.emit(itemLeft)
	return lexInside
}

func lexInside(l *lexer) stateFn {
	for {
		if strings.HasPrefix(l.input[l.pos:], "}}") {
			l.pos += 2
			l.emit(itemRight)
			return lexText
		}
		switch r := l.next(); {
		case r == -1:
			return l.errorf("unclosed action at %d", l.start)
		case r == ' ':
			l.start = l.pos
		case r == '|':
			l.emit(itemPipe)
		case r == '.' || r == '_' || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z'):
			for {
				r = l.next()
				if !(r == '.' || r == '_' || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || (r >= '0' && r <= '9')) {
					break
				}
			}
			if r != -1 {
				l.backup()
			}
			l.emit(itemIdent)
		default:
			return l.errorf("bad char %q in action", r)
		}
	}
}

func lex(input string) []item {
	l := &lexer{input: input}
	for state := stateFn(lexText); state != nil; {
		state = state(l)
	}
	return l.items
}

func main() {
	for _, in := range []string{
		"Hello, {{.Name | upper}}! Ünïcode {{.X}}",
		"no actions",
		"{{.A}}{{.B}}",
		"oops {{.Open",
		"bad {{ 3 }}",
	} {
		fmt.Println(lex(in))
	}
}
