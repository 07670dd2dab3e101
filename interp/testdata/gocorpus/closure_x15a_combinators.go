package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type Parser[T any] func(input string) (T, string, bool)

func Char(pred func(rune) bool) Parser[rune] {
	return func(in string) (rune, string, bool) {
		for _, r := range in {
			if pred(r) {
				return r, in[len(string(r)):], true
			}
			break
		}
		return 0, in, false
	}
}

func Lit(s string) Parser[string] {
	return func(in string) (string, string, bool) {
		if strings.HasPrefix(in, s) {
			return s, in[len(s):], true
		}
		return "", in, false
	}
}

func Many[T any](p Parser[T]) Parser[[]T] {
	return func(in string) ([]T, string, bool) {
		var out []T
		for {
			v, rest, ok := p(in)
			if !ok {
				return out, in, true
			}
			out = append(out, v)
			in = rest
		}
	}
}

func Many1[T any](p Parser[T]) Parser[[]T] {
	return func(in string) ([]T, string, bool) {
		vs, rest, _ := Many(p)(in)
		return vs, rest, len(vs) > 0
	}
}

func Map[T, U any](p Parser[T], f func(T) U) Parser[U] {
	return func(in string) (U, string, bool) {
		v, rest, ok := p(in)
		if !ok {
			var zero U
			return zero, in, false
		}
		return f(v), rest, true
	}
}

func Or[T any](ps ...Parser[T]) Parser[T] {
	return func(in string) (T, string, bool) {
		for _, p := range ps {
			if v, rest, ok := p(in); ok {
				return v, rest, true
			}
		}
		var zero T
		return zero, in, false
	}
}

func SepBy[T, S any](p Parser[T], sep Parser[S]) Parser[[]T] {
	return func(in string) ([]T, string, bool) {
		first, rest, ok := p(in)
		if !ok {
			return nil, in, true
		}
		out := []T{first}
		for {
			_, r2, ok := sep(rest)
			if !ok {
				return out, rest, true
			}
			v, r3, ok := p(r2)
			if !ok {
				return out, rest, true
			}
			out = append(out, v)
			rest = r3
		}
	}
}

func Skip[T, S any](p Parser[T], ws Parser[S]) Parser[T] {
	return func(in string) (T, string, bool) {
		_, in, _ = ws(in)
		return p(in)
	}
}

func main() {
	ws := Many(Char(unicode.IsSpace))
	digits := Many1(Char(unicode.IsDigit))
	number := Map(digits, func(rs []rune) int { n, _ := strconv.Atoi(string(rs)); return n })
	word := Map(Many1(Char(unicode.IsLetter)), func(rs []rune) string { return string(rs) })
	boolean := Map(Or(Lit("true"), Lit("false")), func(s string) any { return s == "true" })
	value := Or(boolean, Map(number, func(n int) any { return n }), Map(word, func(s string) any { return s }))
	list := SepBy(Skip(value, ws), Skip(Lit(","), ws))

	for _, in := range []string{"1, 2,3 ,  42", "true, hello, 7, false", "x", "", "12abc", "1,,2"} {
		vs, rest, ok := list(in)
		fmt.Printf("%-24q -> %v rest=%q ok=%v types=", in, vs, rest, ok)
		for _, v := range vs {
			fmt.Printf("%T ", v)
		}
		fmt.Println()
	}
	sum := 0
	nums, _, _ := SepBy(number, Lit("+"))("10+20+30+x")
	for _, n := range nums {
		sum += n
	}
	fmt.Println(nums, sum)
	kv := func(in string) (map[string]int, string, bool) {
		pairs, rest, ok := SepBy(func(in string) ([2]any, string, bool) {
			k, r, ok := word(in)
			if !ok {
				return [2]any{}, in, false
			}
			_, r, ok = Lit("=")(r)
			if !ok {
				return [2]any{}, in, false
			}
			v, r, ok := number(r)
			return [2]any{k, v}, r, ok
		}, Lit(";"))(in)
		m := map[string]int{}
		for _, p := range pairs {
			m[p[0].(string)] = p[1].(int)
		}
		return m, rest, ok
	}
	fmt.Println(kv("a=1;bb=22;c=3;d"))
}
