package main

import (
	"fmt"
	"strings"
	"unicode"
)

type Result[T any] struct {
	Val  T
	Rest string
	OK   bool
}

type Parser[T any] func(string) Result[T]

func Char(pred func(rune) bool) Parser[rune] {
	return func(s string) Result[rune] {
		for _, r := range s {
			if pred(r) {
				return Result[rune]{r, s[len(string(r)):], true}
			}
			break
		}
		return Result[rune]{Rest: s}
	}
}

func Lit(c rune) Parser[rune] { return Char(func(r rune) bool { return r == c }) }

func Many[T any](p Parser[T]) Parser[[]T] {
	return func(s string) Result[[]T] {
		var out []T
		for {
			r := p(s)
			if !r.OK {
				return Result[[]T]{out, s, true}
			}
			out = append(out, r.Val)
			s = r.Rest
		}
	}
}

func Map[T, U any](p Parser[T], f func(T) U) Parser[U] {
	return func(s string) Result[U] {
		r := p(s)
		if !r.OK {
			return Result[U]{Rest: s}
		}
		return Result[U]{f(r.Val), r.Rest, true}
	}
}

func Seq[A, B any](pa Parser[A], pb Parser[B]) Parser[struct {
	A A
	B B
}] {
	type pair = struct {
		A A
		B B
	}
	return func(s string) Result[pair] {
		ra := pa(s)
		if !ra.OK {
			return Result[pair]{Rest: s}
		}
		rb := pb(ra.Rest)
		if !rb.OK {
			return Result[pair]{Rest: s}
		}
		return Result[pair]{pair{ra.Val, rb.Val}, rb.Rest, true}
	}
}

func Or[T any](ps ...Parser[T]) Parser[T] {
	return func(s string) Result[T] {
		for _, p := range ps {
			if r := p(s); r.OK {
				return r
			}
		}
		return Result[T]{Rest: s}
	}
}

func main() {
	digit := Char(unicode.IsDigit)
	number := Map(Seq(digit, Many(digit)), func(p struct {
		A rune
		B []rune
	}) int {
		n := int(p.A - '0')
		for _, d := range p.B {
			n = n*10 + int(d-'0')
		}
		return n
	})
	ident := Map(Seq(Char(unicode.IsLetter), Many(Or(Char(unicode.IsLetter), digit, Lit('_')))), func(p struct {
		A rune
		B []rune
	}) string {
		return string(p.A) + string(p.B)
	})
	ws := Many(Char(unicode.IsSpace))
	for _, in := range []string{"123abc", "x1_y rest", "  42", "", "7"} {
		n := number(in)
		id := ident(in)
		w := ws(in)
		fmt.Printf("%q: num=%v/%v id=%q/%v ws=%d rest=%q\n", in, n.Val, n.OK, id.Val, id.OK, len(w.Val), w.Rest)
	}
	list := Many(Map(Seq(number, Or(Lit(','), Lit(';'))), func(p struct {
		A int
		B rune
	}) string {
		return fmt.Sprintf("%d%c", p.A, p.B)
	}))
	r := list("1,22;333,4")
	fmt.Println(strings.Join(r.Val, " "), r.Rest, r.OK)
	fmt.Printf("%+v\n", Seq(Lit('a'), Lit('b'))("abc"))
}
