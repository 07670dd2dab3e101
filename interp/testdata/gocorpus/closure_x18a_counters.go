package main

import (
	"fmt"
	"strings"
)

func counter() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 0 }
}

func memoize(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

type Middleware func(string) string

func chain(ms ...Middleware) Middleware {
	return func(s string) string {
		for _, m := range ms {
			s = m(s)
		}
		return s
	}
}

func main() {
	next, reset := counter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())

	calls := 0
	slowSquare := func(n int) int { calls++; return n * n }
	fast := memoize(slowSquare)
	for _, n := range []int{4, 5, 4, 4, 6, 5} {
		fmt.Print(fast(n), " ")
	}
	fmt.Println("calls:", calls)

	lenThenDouble := compose(func(s string) int { return len(s) }, func(n int) float64 { return float64(n) * 1.5 })
	fmt.Println(lenThenDouble("hello"))

	m := chain(strings.TrimSpace, strings.ToUpper, func(s string) string { return "<" + s + ">" })
	fmt.Println(m("  gopher  "))

	var funcs []func() int
	for i := range 4 {
		funcs = append(funcs, func() int { return i * 10 })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	adders := map[string]func(int) int{}
	for _, k := range []int{1, 5, 10} {
		adders[fmt.Sprint("add", k)] = func(x int) int { return x + k }
	}
	fmt.Println(adders["add5"](100), adders["add10"](1), len(adders))

	fibGen := func() func() int {
		a, b := 0, 1
		return func() int { r := a; a, b = b, a+b; return r }
	}()
	for range 10 {
		fmt.Print(fibGen(), ",")
	}
	fmt.Println()
}
