package main

import (
	"fmt"
	"strings"
)

func memoize[K comparable, V any](f func(K) V) (func(K) V, func() int) {
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

func counter(start int) (inc func() int, reset func()) {
	n := start
	inc = func() int { n++; return n }
	reset = func() { n = start }
	return
}

func compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
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
	var hits func() int
	fib, hits = memoize(func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println("fib(50) =", fib(50), "hits", hits())
	fmt.Println("fib(60) =", fib(60), "hits", hits())

	inc, reset := counter(10)
	inc()
	inc()
	fmt.Println(inc())
	reset()
	fmt.Println(inc())

	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	shout := compose(strings.ToUpper, func(s string) string { return s + "!" })
	lenOf := compose(shout, func(s string) int { return len(s) })
	fmt.Println(shout("hello"), lenOf("hello"))

	h := chain(strings.TrimSpace, tag("b"), tag("i"))
	fmt.Println(h("  go  "))

	acc := func() func(float64) float64 {
		sum := 0.0
		return func(x float64) float64 { sum += x; return sum }
	}()
	for _, x := range []float64{1.5, 2.25, 3} {
		fmt.Printf("%.2f ", acc(x))
	}
	fmt.Println()
}
