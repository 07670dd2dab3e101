package main

import (
	"errors"
	"fmt"
	"iter"
	"strconv"
	"unicode"
)

type Kind int

const (
	Num Kind = iota
	Ident
	Op
	LParen
	RParen
)

func (k Kind) String() string {
	return [...]string{"Num", "Ident", "Op", "LParen", "RParen"}[k]
}

type Token struct {
	Kind Kind
	Text string
	Pos  int
}

type LexError struct {
	Pos int
	Ch  rune
}

func (e LexError) Error() string { return fmt.Sprintf("unexpected %q at %d", e.Ch, e.Pos) }

func Lex(src string) iter.Seq2[Token, error] {
	return func(yield func(Token, error) bool) {
		rs := []rune(src)
		for i := 0; i < len(rs); {
			r := rs[i]
			switch {
			case unicode.IsSpace(r):
				i++
			case unicode.IsDigit(r):
				j := i
				for j < len(rs) && (unicode.IsDigit(rs[j]) || rs[j] == '.') {
					j++
				}
				if !yield(Token{Num, string(rs[i:j]), i}, nil) {
					return
				}
				i = j
			case unicode.IsLetter(r) || r == '_':
				j := i
				for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j]) || rs[j] == '_') {
					j++
				}
				if !yield(Token{Ident, string(rs[i:j]), i}, nil) {
					return
				}
				i = j
			case r == '(' || r == ')':
				k := LParen
				if r == ')' {
					k = RParen
				}
				if !yield(Token{k, string(r), i}, nil) {
					return
				}
				i++
			case r < 128 && (r == '+' || r == '-' || r == '*' || r == '/' || r == '='):
				if !yield(Token{Op, string(r), i}, nil) {
					return
				}
				i++
			default:
				yield(Token{}, LexError{i, r})
				return
			}
		}
	}
}

func main() {
	for _, src := range []string{"x1 = (3.5 + y) * 42", "a + b # c", "π*r*r"} {
		fmt.Printf("%q\n", src)
		sum := 0.0
		for tok, err := range Lex(src) {
			if err != nil {
				var le LexError
				fmt.Println("  error:", err, errors.As(err, &le), le.Pos)
				break
			}
			fmt.Printf("  %-6v %-4s @%d\n", tok.Kind, tok.Text, tok.Pos)
			if tok.Kind == Num {
				f, _ := strconv.ParseFloat(tok.Text, 64)
				sum += f
			}
		}
		fmt.Println("  numbers sum:", sum)
	}
	count := 0
	for tok := range Lex("a b c d e f") {
		if tok.Text == "c" {
			break
		}
		count++
	}
	fmt.Println("before c:", count)
	fmt.Printf("%v %d %#v\n", Op, Op, Token{Kind: RParen, Text: ")"})
}
