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
	itemLeftDelim
	itemRightDelim
	itemIdent
	itemPipe
	itemEOF
)

var itemNames = map[itemType]string{itemError: "error", itemText: "text", itemLeftDelim: "{{",
	itemRightDelim: "}}", itemIdent: "ident", itemPipe: "pipe", itemEOF: "EOF"}

func (t itemType) String() string { return itemNames[t] }

type item struct {
	typ itemType
	val string
}

func (i item) String() string {
	switch {
	case i.typ == itemEOF:
		return "EOF"
	case i.typ == itemError:
		return "ERR:" + i.val
	case len(i.val) > 10:
		return fmt.Sprintf("%v:%.10q...", i.typ, i.val)
	}
	return fmt.Sprintf("%v:%q", i.typ, i.val)
}

type stateFn func(*lexer) stateFn

type lexer struct {
	input string
	start int
	pos   int
	width int
	items chan item
}

func lex(input string) *lexer {
	l := &lexer{input: input, items: make(chan item)}
	go l.run()
	return l
}

func (l *lexer) run() {
	for state := lexText; state != nil; {
		state = state(l)
	}
	close(l.items)
}

func (l *lexer) emit(t itemType) {
	l.items <- item{t, l.input[l.start:l.pos]}
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
	l.items <- item{itemError, fmt.Sprintf(format, args...)}
	return nil
}

func lexText(l *lexer) stateFn {
	for {
		if strings.HasPrefix(l.input[l.pos:], "{{") {
			if l.pos > l.start {
				l.emit(itemText)
			}
			return lexLeftDelim
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

func lexLeftDelim(l *lexer) stateFn {
	l.pos += 2
	l.emit(itemLeftDelim)
	return lexInside
}

func lexInside(l *lexer) stateFn {
	if strings.HasPrefix(l.input[l.pos:], "}}") {
		l.pos += 2
		l.emit(itemRightDelim)
		return lexText
	}
	switch r := l.next(); {
	case r == -1:
		return l.errorf("unclosed action")
	case r == ' ':
		l.start = l.pos
	case r == '|':
		l.emit(itemPipe)
	case r == '.' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
		for r = l.next(); r == '.' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'; r = l.next() {
		}
		l.backup()
		l.emit(itemIdent)
	default:
		return l.errorf("bad character %#U", r)
	}
	return lexInside
}

func main() {
	for _, src := range []string{
		"Hello, {{.Name | upper}}! You have {{.Count}} new messages.",
		"no actions here at all, just a long piece of text",
		"{{.A}}{{.B}}",
		"broken {{.X",
		"weird {{.Y # }} tail",
	} {
		var got []string
		for it := range lex(src).items {
			got = append(got, it.String())
		}
		fmt.Println(strings.Join(got, " "))
	}
}
