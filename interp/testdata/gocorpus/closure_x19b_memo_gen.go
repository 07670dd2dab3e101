package main

import (
	"fmt"
	"strings"
)

func memoize[K comparable, V any](f func(K) V) (func(K) V, func() int) {
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

func generator(words []string) func() (string, bool) {
	i := 0
	return func() (string, bool) {
		if i >= len(words) {
			return "", false
		}
		defer func() { i++ }()
		return words[i], true
	}
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
		return func(s string) string {
			return "<" + name + ">" + next(s) + "</" + name + ">"
		}
	}
}

func main() {
	var fib func(int) int
	fibM, calls := memoize(func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fib = fibM
	fmt.Println(fib(50), calls())
	fmt.Println(fib(30), calls())

	next := generator(strings.Fields("x y z"))
	for w, ok := next(); ok; w, ok = next() {
		fmt.Print(w, ",")
	}
	fmt.Println()

	h := chain(strings.ToUpper, tag("b"), tag("i"))
	fmt.Println(h("hi"))

	adders := make([]func(int) int, 3)
	for i := range adders {
		adders[i] = func(x int) int { return x + i*10 }
	}
	fmt.Println(adders[0](1), adders[1](1), adders[2](1))

	x := 1
	inc := func() { x++ }
	get := func() int { return x }
	inc()
	inc()
	fmt.Println(get(), x)

	acc := func() func(float64) float64 {
		var sum float64
		return func(v float64) float64 { sum += v; return sum }
	}()
	for _, v := range []float64{1.5, 2.5, 3} {
		fmt.Print(acc(v), " ")
	}
	fmt.Println()
	fn := func(fs ...func() string) (out []string) {
		for _, f := range fs {
			out = append(out, f())
		}
		return
	}
	fmt.Println(fn(func() string { return "a" }, func() string { return fmt.Sprint(x) }))
}
