package main

import (
	"fmt"
	"strings"
)

func memo[K comparable, V any](f func(K) V) (func(K) V, func() int) {
	cache := map[K]V{}
	hits := 0
	return func(k K) V {
			if v, ok := cache[k]; ok {
				hits++
				return v
			}
			v := f(k)
			cache[k] = v
			return v
		}, func() int {
			return hits
		}
}

func counterGen() (inc func() int, reset func()) {
	n := 0
	inc = func() int { n++; return n }
	reset = func() { n = 0 }
	return
}

type Middleware func(func(string) string) func(string) string

func chain(h func(string) string, ms ...Middleware) func(string) string {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func tag(name string) Middleware {
	return func(next func(string) string) func(string) string {
		return func(s string) string { return "<" + name + ">" + next(s) + "</" + name + ">" }
	}
}

func main() {
	var fib func(int) int
	var hits func() int
	fib, hits = memo(func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(50), hits())

	inc, reset := counterGen()
	inc()
	inc()
	fmt.Println(inc())
	reset()
	fmt.Println(inc())

	var funcs []func() string
	for i, s := range []string{"a", "b", "c"} {
		funcs = append(funcs, func() string { return strings.Repeat(s, i+1) })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	h := chain(strings.ToUpper, tag("b"), tag("i"))
	fmt.Println(h("hi"))

	adders := map[string]func(int) int{}
	for _, k := range []int{1, 10, 100} {
		adders[fmt.Sprint("add", k)] = func(x int) int { return x + k }
	}
	fmt.Println(adders["add10"](5), adders["add100"](adders["add1"](0)), len(adders))
}
