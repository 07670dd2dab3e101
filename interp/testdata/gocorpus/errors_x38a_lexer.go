package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type Pos struct{ Line, Col int }

func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

type SyntaxError struct {
	Pos Pos
	Msg string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("%v: %s", e.Pos, e.Msg) }

var ErrEOF = errors.New("unexpected end of input")

type Kind int

const (
	Number Kind = iota
	Ident
	Op
)

func (k Kind) String() string {
	return [...]string{"Number", "Ident", "Op"}[k]
}

type Token struct {
	Kind Kind
	Text string
	Pos  Pos
}

func lex(src string) ([]Token, error) {
	var toks []Token
	var errs []error
	line, col := 1, 0
	runes := []rune(src)
	for i := 0; i < len(runes); i++ {
		r := runes[i]
		col++
		pos := Pos{line, col}
		switch {
		case r == '\n':
			line, col = line+1, 0
		case unicode.IsSpace(r):
		case unicode.IsDigit(r):
			j := i
			for j < len(runes) && (unicode.IsDigit(runes[j]) || runes[j] == '.') {
				j++
			}
			text := string(runes[i:j])
			if _, err := strconv.ParseFloat(text, 64); err != nil {
				errs = append(errs, &SyntaxError{pos, fmt.Sprintf("bad number %q", text)})
			}
			toks = append(toks, Token{Number, text, pos})
			col += j - i - 1
			i = j - 1
		case unicode.IsLetter(r):
			j := i
			for j < len(runes) && (unicode.IsLetter(runes[j]) || unicode.IsDigit(runes[j])) {
				j++
			}
			toks = append(toks, Token{Ident, string(runes[i:j]), pos})
			col += j - i - 1
			i = j - 1
		case strings.ContainsRune("+-*/()=", r):
			toks = append(toks, Token{Op, string(r), pos})
		default:
			errs = append(errs, &SyntaxError{pos, fmt.Sprintf("unexpected %q", r)})
		}
	}
	if n := len(toks); n > 0 && toks[n-1].Kind == Op && toks[n-1].Text != ")" {
		errs = append(errs, fmt.Errorf("after %v: %w", toks[n-1].Pos, ErrEOF))
	}
	return toks, errors.Join(errs...)
}

func main() {
	inputs := []string{
		"x = 3.14 * r\ny = x + 2",
		"a = 1.2.3 # b",
		"total = (a + b) *",
	}
	for _, in := range inputs {
		toks, err := lex(in)
		fmt.Printf("%d tokens:", len(toks))
		for _, t := range toks {
			fmt.Printf(" %v%q", t.Kind, t.Text)
		}
		fmt.Println()
		if err == nil {
			fmt.Printf("  first: %+v\n", toks[0])
			continue
		}
		fmt.Printf("  errors:\n%s\n", indent(err.Error()))
		var se *SyntaxError
		if errors.As(err, &se) {
			fmt.Println("  first syntax error at", se.Pos)
		}
		fmt.Println("  eof?", errors.Is(err, ErrEOF))
	}
}

func indent(s string) string {
	return "    " + strings.ReplaceAll(s, "\n", "\n    ")
}
