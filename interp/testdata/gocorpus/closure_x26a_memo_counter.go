package main

import (
	"fmt"
	"strings"
)

func memoize[K comparable, V any](f func(K) V) (func(K) V, func() int) {
	cache := map[K]V{}
	misses := 0
	return func(k K) V {
			if v, ok := cache[k]; ok {
				return v
			}
			misses++
			v := f(k)
			cache[k] = v
			return v
		}, func() int {
			return misses
		}
}

func counterGen() (inc func() int, reset func()) {
	n := 0
	inc = func() int { n++; return n }
	reset = func() { n = 0 }
	return
}

type middleware func(func(string) string) func(string) string

func chain(h func(string) string, ms ...middleware) func(string) string {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func tag(name string) middleware {
	return func(next func(string) string) func(string) string {
		return func(s string) string {
			return "<" + name + ">" + next(s) + "</" + name + ">"
		}
	}
}

func main() {
	var fib func(int) int
	var misses func() int
	fib, misses = memoize(func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(50), fib(30), misses())

	inc, reset := counterGen()
	inc()
	inc()
	fmt.Println(inc())
	reset()
	fmt.Println(inc())

	var funcs []func() string
	for _, w := range []string{"x", "y", "z"} {
		funcs = append(funcs, func() string { return strings.Repeat(w, 2) })
	}
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("deferred", i) }()
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	h := chain(strings.ToUpper, tag("b"), tag("i"), func(next func(string) string) func(string) string {
		return func(s string) string { return next(strings.TrimSpace(s)) }
	})
	fmt.Println(h("  hello  "))

	acc := func() func(int) []int {
		var hist []int
		return func(x int) []int {
			hist = append(hist, x)
			return hist
		}
	}()
	acc(1)
	acc(2)
	fmt.Println(acc(3))
	upper, um := memoize(strings.ToUpper)
	upper("a")
	upper("a")
	upper("b")
	fmt.Println(um())
}
