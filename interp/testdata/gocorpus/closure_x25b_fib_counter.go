package main

import (
	"fmt"
	"strings"
)

func fibonacci() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func adder() func(int) int {
	sum := 0
	return func(x int) int {
		sum += x
		return sum
	}
}

type Middleware func(func(string) string) func(string) string

func chain(f func(string) string, ms ...Middleware) func(string) string {
	for i := len(ms) - 1; i >= 0; i-- {
		f = ms[i](f)
	}
	return f
}

func tag(name string) Middleware {
	return func(next func(string) string) func(string) string {
		return func(s string) string {
			return "<" + name + ">" + next(s) + "</" + name + ">"
		}
	}
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	calls := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		calls++
		v := f(n)
		cache[n] = v
		if n == 0 {
			fmt.Println("memo calls so far:", calls)
		}
		return v
	}
}

func main() {
	f := fibonacci()
	for i := 0; i < 12; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	pos, neg := adder(), adder()
	for i := 0; i < 5; i++ {
		fmt.Println(pos(i), neg(-2*i))
	}
	h := chain(strings.ToUpper, tag("b"), tag("i"))
	fmt.Println(h("hello"))

	var funcs []func() string
	for _, w := range []string{"x", "y", "z"} {
		funcs = append(funcs, func() string { return w + w })
	}
	for _, fn := range funcs {
		fmt.Print(fn(), ",")
	}
	fmt.Println()

	var fib func(int) int
	fib = memo(func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(40))
	counter := func() (func(), func() int) {
		c := 0
		return func() { c++ }, func() int { return c }
	}
	inc, get := counter()
	inc()
	inc()
	inc()
	fmt.Println("count", get())
	x := 10
	defer func() { fmt.Println("deferred sees x =", x) }()
	x = 20
}
