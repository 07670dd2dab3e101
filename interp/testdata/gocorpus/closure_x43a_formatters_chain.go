package main

import (
	"fmt"
	"strings"
	"unicode"
)

type Transform func(string) string

func Chain(ts ...Transform) Transform {
	return func(s string) string {
		for _, t := range ts {
			s = t(s)
		}
		return s
	}
}

func Prefix(p string) Transform { return func(s string) string { return p + s } }

func Truncate(n int) Transform {
	return func(s string) string {
		r := []rune(s)
		if len(r) <= n {
			return s
		}
		return string(r[:n-1]) + "…"
	}
}

func Counter() (Transform, func() int) {
	calls := 0
	return func(s string) string {
			calls++
			return fmt.Sprintf("%d:%s", calls, s)
		}, func() int {
			return calls
		}
}

func squeeze(s string) string {
	var b strings.Builder
	lastSpace := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			if !lastSpace {
				b.WriteRune(' ')
			}
			lastSpace = true
			continue
		}
		lastSpace = false
		b.WriteRune(r)
	}
	return b.String()
}

func main() {
	number, count := Counter()
	clean := Chain(strings.TrimSpace, squeeze, strings.ToLower)
	pipeline := Chain(clean, Truncate(18), number, Prefix("> "))
	inputs := []string{"  Hello    WORLD  ", "A very long sentence that will be cut", "\tTabs\tand\nnewlines ", "Ünïcödé   Strîng"}
	for _, in := range inputs {
		fmt.Printf("%-42q => %q\n", in, pipeline(in))
	}
	fmt.Println("calls:", count())

	var fns []func() string
	for _, w := range []string{"alpha", "beta", "gamma"} {
		fns = append(fns, func() string { return strings.ToUpper(w[:1]) + w[1:] })
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	memo := map[string]string{}
	hits := 0
	cached := func(t Transform) Transform {
		return func(s string) string {
			if v, ok := memo[s]; ok {
				hits++
				return v
			}
			v := t(s)
			memo[s] = v
			return v
		}
	}
	slow := cached(Chain(clean, strings.ToTitle))
	for _, s := range []string{"x  y", "x  y", "z", "x  y"} {
		fmt.Print(slow(s), "|")
	}
	fmt.Println(" hits:", hits, "memo:", memo)
}
