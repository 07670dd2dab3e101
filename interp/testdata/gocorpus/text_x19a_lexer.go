package main

import (
	"fmt"
	"strings"
	"unicode"
)

type TokenKind int

const (
	EOF TokenKind = iota
	Ident
	Number
	String
	Punct
	Keyword
)

var kindNames = [...]string{"EOF", "Ident", "Number", "String", "Punct", "Keyword"}

func (k TokenKind) String() string { return kindNames[k] }

type Token struct {
	Kind TokenKind
	Text string
	Line int
	Col  int
}

func (t Token) String() string { return fmt.Sprintf("%d:%d %v %q", t.Line, t.Col, t.Kind, t.Text) }

var keywords = map[string]bool{"let": true, "fn": true, "return": true, "if": true}

type Lexer struct {
	src       []rune
	pos       int
	line, col int
}

func (l *Lexer) peek() rune {
	if l.pos >= len(l.src) {
		return 0
	}
	return l.src[l.pos]
}

func (l *Lexer) advance() rune {
	r := l.src[l.pos]
	l.pos++
	if r == '\n' {
		l.line++
		l.col = 1
	} else {
		l.col++
	}
	return r
}

func (l *Lexer) Next() (Token, error) {
	for unicode.IsSpace(l.peek()) {
		l.advance()
	}
	line, col := l.line, l.col
	r := l.peek()
	var sb strings.Builder
	switch {
	case r == 0:
		return Token{EOF, "", line, col}, nil
	case unicode.IsLetter(r) || r == '_':
		for unicode.IsLetter(l.peek()) || unicode.IsDigit(l.peek()) || l.peek() == '_' {
			sb.WriteRune(l.advance())
		}
		k := Ident
		if keywords[sb.String()] {
			k = Keyword
		}
		return Token{k, sb.String(), line, col}, nil
	case unicode.IsDigit(r):
		for unicode.IsDigit(l.peek()) || l.peek() == '.' {
			sb.WriteRune(l.advance())
		}
		return Token{Number, sb.String(), line, col}, nil
	case r == '"':
		l.advance()
		for l.peek() != '"' {
			if l.peek() == 0 {
				return Token{}, fmt.Errorf("%d:%d: unterminated string", line, col)
			}
			sb.WriteRune(l.advance())
		}
		l.advance()
		return Token{String, sb.String(), line, col}, nil
	case strings.ContainsRune("=+-*/(){};,<>", r):
		sb.WriteRune(l.advance())
		if (r == '=' || r == '<' || r == '>') && l.peek() == '=' {
			sb.WriteRune(l.advance())
		}
		return Token{Punct, sb.String(), line, col}, nil
	}
	return Token{}, fmt.Errorf("%d:%d: unexpected %q", line, col, r)
}

func lex(src string) ([]Token, error) {
	l := &Lexer{src: []rune(src), line: 1, col: 1}
	var toks []Token
	for {
		t, err := l.Next()
		if err != nil {
			return toks, err
		}
		toks = append(toks, t)
		if t.Kind == EOF {
			return toks, nil
		}
	}
}

func main() {
	src := "let x = 3.14;\nfn add(a, b) {\n  if a >= b { return \"héllo\"; }\n}"
	toks, err := lex(src)
	for _, t := range toks {
		fmt.Println(t)
	}
	fmt.Println("err:", err)
	_, err = lex("let y = @")
	fmt.Println("err:", err)
	_, err = lex("\"abc")
	fmt.Println("err:", err)
}
