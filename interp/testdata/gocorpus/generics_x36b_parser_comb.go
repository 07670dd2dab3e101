package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Result[T any] struct {
	Val  T
	Rest string
	OK   bool
}

type Parser[T any] func(in string) Result[T]

func Char(pred func(byte) bool, name string) Parser[byte] {
	return func(in string) Result[byte] {
		if len(in) > 0 && pred(in[0]) {
			return Result[byte]{in[0], in[1:], true}
		}
		return Result[byte]{Rest: in}
	}
}

func Lit(s string) Parser[string] {
	return func(in string) Result[string] {
		if strings.HasPrefix(in, s) {
			return Result[string]{s, in[len(s):], true}
		}
		return Result[string]{Rest: in}
	}
}

func Many1[T any](p Parser[T]) Parser[[]T] {
	return func(in string) Result[[]T] {
		var out []T
		for {
			r := p(in)
			if !r.OK {
				break
			}
			out = append(out, r.Val)
			in = r.Rest
		}
		return Result[[]T]{out, in, len(out) > 0}
	}
}

func Map[A, B any](p Parser[A], f func(A) B) Parser[B] {
	return func(in string) Result[B] {
		r := p(in)
		if !r.OK {
			return Result[B]{Rest: in}
		}
		return Result[B]{f(r.Val), r.Rest, true}
	}
}

func Or[T any](ps ...Parser[T]) Parser[T] {
	return func(in string) Result[T] {
		for _, p := range ps {
			if r := p(in); r.OK {
				return r
			}
		}
		return Result[T]{Rest: in}
	}
}

func Between[L, T, R any](l Parser[L], p Parser[T], r Parser[R]) Parser[T] {
	return func(in string) Result[T] {
		a := l(in)
		if !a.OK {
			return Result[T]{Rest: in}
		}
		b := p(a.Rest)
		if !b.OK {
			return Result[T]{Rest: in}
		}
		c := r(b.Rest)
		if !c.OK {
			return Result[T]{Rest: in}
		}
		return Result[T]{b.Val, c.Rest, true}
	}
}

func SepBy[T, S any](p Parser[T], sep Parser[S]) Parser[[]T] {
	return func(in string) Result[[]T] {
		var out []T
		r := p(in)
		for r.OK {
			out = append(out, r.Val)
			in = r.Rest
			s := sep(in)
			if !s.OK {
				break
			}
			r = p(s.Rest)
		}
		return Result[[]T]{out, in, true}
	}
}

type Item struct {
	Num   int
	Word  string
	Items []Item
	Kind  string
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isAlpha(c byte) bool { return c >= 'a' && c <= 'z' }

func itemParser() Parser[Item] {
	var item Parser[Item]
	num := Map(Many1(Char(isDigit, "digit")), func(bs []byte) Item {
		n, _ := strconv.Atoi(string(bs))
		return Item{Num: n, Kind: "num"}
	})
	word := Map(Many1(Char(isAlpha, "letter")), func(bs []byte) Item { return Item{Word: string(bs), Kind: "word"} })
	list := func(in string) Result[Item] {
		p := Map(Between(Lit("["), SepBy(item, Lit(",")), Lit("]")), func(xs []Item) Item { return Item{Items: xs, Kind: "list"} })
		return p(in)
	}
	item = Or(num, word, list)
	return item
}

func (it Item) String() string {
	switch it.Kind {
	case "num":
		return strconv.Itoa(it.Num)
	case "word":
		return strconv.Quote(it.Word)
	}
	parts := make([]string, len(it.Items))
	for i, x := range it.Items {
		parts[i] = x.String()
	}
	return "(" + strings.Join(parts, " ") + ")"
}

func main() {
	p := itemParser()
	for _, in := range []string{"42", "hello", "[1,2,3]", "[a,[b,7],[]]", "[1,2", "[x,y]tail", "?"} {
		r := p(in)
		fmt.Printf("%-14q ok=%-5t val=%v rest=%q\n", in, r.OK, r.Val, r.Rest)
	}
	r := Many1(Lit("ab"))("ababx")
	fmt.Printf("%+v\n", r)
	fmt.Printf("%T\n", p)
}
