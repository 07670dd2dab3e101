package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type Parser[T any] func(s string) (T, string, bool)

func Char(c byte) Parser[byte] {
	return func(s string) (byte, string, bool) {
		if len(s) > 0 && s[0] == c {
			return c, s[1:], true
		}
		return 0, s, false
	}
}

func Number() Parser[int] {
	return func(s string) (int, string, bool) {
		i := 0
		for i < len(s) && unicode.IsDigit(rune(s[i])) {
			i++
		}
		if i == 0 || i > 3 {
			return 0, s, false
		}
		n, _ := strconv.Atoi(s[:i])
		return n, s[i:], true
	}
}

func Lit(word string) Parser[string] {
	return func(s string) (string, string, bool) {
		if strings.HasPrefix(s, word) {
			return word, s[len(word):], true
		}
		return "", s, false
	}
}

func Seq3[A, B, C any](a Parser[A], b Parser[B], c Parser[C]) Parser[struct {
	A A
	B B
	C C
}] {
	type R = struct {
		A A
		B B
		C C
	}
	return func(s string) (R, string, bool) {
		var r R
		var ok bool
		rest := s
		if r.A, rest, ok = a(rest); !ok {
			return r, s, false
		}
		if r.B, rest, ok = b(rest); !ok {
			return r, s, false
		}
		if r.C, rest, ok = c(rest); !ok {
			return r, s, false
		}
		return r, rest, true
	}
}

func Map[A, B any](p Parser[A], f func(A) B) Parser[B] {
	return func(s string) (B, string, bool) {
		a, rest, ok := p(s)
		if !ok {
			var zero B
			return zero, s, false
		}
		return f(a), rest, true
	}
}

const memory = `xmul(2,4)&mul[3,7]!^don't()_mul(5,5)+mul(32,64](mul(11,8)undo()?mul(8,5))mul(1234,1)mul( 2,3)`

func main() {
	args := Seq3(Number(), Char(','), Number())
	mul := Map(Seq3(Lit("mul("), args, Char(')')), func(r struct {
		A string
		B struct {
			A int
			B byte
			C int
		}
		C byte
	}) int {
		return r.B.A * r.B.C
	})
	do, dont := Lit("do()"), Lit("don't()")
	total, enabledTotal := 0, 0
	enabled := true
	for s := memory; len(s) > 0; {
		if _, rest, ok := do(s); ok {
			enabled, s = true, rest
			continue
		}
		if _, rest, ok := dont(s); ok {
			enabled, s = false, rest
			continue
		}
		if v, rest, ok := mul(s); ok {
			fmt.Printf("mul -> %d (enabled=%v)\n", v, enabled)
			total += v
			if enabled {
				enabledTotal += v
			}
			s = rest
			continue
		}
		s = s[1:]
	}
	fmt.Println(total, enabledTotal)
}
