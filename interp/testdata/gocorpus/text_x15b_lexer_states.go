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
	itemString
	itemEOF
)

var names = map[itemType]string{itemError: "ERR", itemText: "TEXT", itemLeft: "{{", itemRight: "}}", itemIdent: "ID", itemString: "STR", itemEOF: "EOF"}

type item struct {
	typ itemType
	val string
}

func (i item) String() string {
	if i.typ == itemEOF {
		return "EOF"
	}
	return fmt.Sprintf("%s(%q)", names[i.typ], i.val)
}

type stateFn func(*lexer) stateFn

type lexer struct {
	input string
	start int
	pos   int
	items []item
}

func (l *lexer) emit(t itemType) {
	l.items = append(l.items, item{t, l.input[l.start:l.pos]})
	l.start = l.pos
}

func (l *lexer) next() rune {
	if l.pos >= len(l.input) {
		return -1
	}
	r, w := utf8.DecodeRuneInString(l.input[l.pos:])
	l.pos += w
	return r
}

func lexText(l *lexer) stateFn {
	if i := strings.Index(l.input[l.pos:], "{{"); i >= 0 {
		l.pos += i
		if l.pos > l.start {
			l.emit(itemText)
		}
		l.pos += 2
		l.emit(itemLeft)
		return lexInside
	}
	l.pos = len(l.input)
	if l.pos > l.start {
		l.emit(itemText)
	}
	l.emit(itemEOF)
	return nil
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
			l.items = append(l.items, item{itemError, "unclosed action"})
			return nil
		case r == ' ':
			l.start = l.pos
		case r == '"':
			for {
				c := l.next()
				if c == '"' {
					break
				}
				if c == -1 {
					l.items = append(l.items, item{itemError, "unterminated string"})
					return nil
				}
			}
			l.emit(itemString)
		default:
			for {
				c := l.next()
				if c == -1 || c == ' ' || c == '}' || c == '"' {
					if c != -1 {
						l.pos -= utf8.RuneLen(c)
					}
					break
				}
			}
			l.emit(itemIdent)
		}
	}
}

func lex(s string) []item {
	l := &lexer{input: s}
	for st := stateFn(lexText); st != nil; {
		st = st(l)
	}
	return l.items
}

func main() {
	for _, s := range []string{
		"hello {{ name }}!",
		`{{printf "%d" x}} and {{y}}`,
		"héllo {{ wörld ünï }} ✓",
		"no actions",
		"{{ broken",
		`{{ "open }}`,
	} {
		fmt.Println(lex(s))
	}
}
