package main

import (
	"fmt"
	"sort"
	"strings"
)

func Memoize[K comparable, V any](f func(K) V) (func(K) V, func() int) {
	cache := map[K]V{}
	calls := 0
	return func(k K) V {
			if v, ok := cache[k]; ok {
				return v
			}
			calls++
			v := f(k)
			cache[k] = v
			return v
		}, func() int {
			return calls
		}
}

func counter() (inc func() int, get func() int, reset func()) {
	n := 0
	inc = func() int { n++; return n }
	get = func() int { return n }
	reset = func() { n = 0 }
	return
}

type key struct{ n, k int }

func main() {
	var binom func(key) int
	memo, calls := Memoize(func(p key) int {
		if p.k == 0 || p.k == p.n {
			return 1
		}
		return binom(key{p.n - 1, p.k - 1}) + binom(key{p.n - 1, p.k})
	})
	binom = memo
	fmt.Println(binom(key{30, 15}), calls())
	fmt.Println(binom(key{10, 3}), calls())

	inc, get, reset := counter()
	for range 5 {
		inc()
	}
	fmt.Println(get())
	reset()
	fmt.Println(inc(), get())

	var funcs []func() string
	for _, w := range []string{"a", "b", "c"} {
		funcs = append(funcs, func() string { return strings.Repeat(w, 2) })
	}
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() string { return fmt.Sprint(i * i) })
	}
	var outs []string
	for _, f := range funcs {
		outs = append(outs, f())
	}
	fmt.Println(outs)

	wordLen, lenCalls := Memoize(func(s string) int { return len([]rune(s)) })
	text := "the cat and the hat and the bat"
	freq := map[int][]string{}
	for _, w := range strings.Fields(text) {
		l := wordLen(w)
		freq[l] = append(freq[l], w)
	}
	fmt.Println(freq, lenCalls())
	adders := map[string]func(int) int{}
	for _, d := range []int{1, 10, 100} {
		adders[fmt.Sprint("+", d)] = func(x int) int { return x + d }
	}
	names := make([]string, 0, len(adders))
	for n := range adders {
		names = append(names, n)
	}
	sort.Strings(names)
	x := 0
	for _, n := range names {
		x = adders[n](x)
		fmt.Print(n, "=", x, " ")
	}
	fmt.Println()
}
