package main

import (
	"fmt"
	"strings"
)

type Middleware func(Handler) Handler
type Handler func(req string) string

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func Tag(name string) Middleware {
	return func(next Handler) Handler {
		return func(req string) string {
			return name + "(" + next(req) + ")"
		}
	}
}

func memo(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	calls := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		calls++
		v := f(n)
		cache[n] = v
		return v
	}, &calls
}

func main() {
	h := Chain(strings.ToUpper, Tag("a"), Tag("b"), Tag("c"))
	fmt.Println(h("req"))

	var fib func(int) int
	var calls *int
	fib, calls = memo(func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(40), *calls)
	fmt.Println(fib(41), *calls)

	// closures sharing state
	makeAcc := func() (func(int), func() int) {
		total := 0
		return func(x int) { total += x }, func() int { return total }
	}
	add, get := makeAcc()
	add(5)
	add(7)
	fmt.Println(get())

	// closure captures variable not value
	x := 1
	show := func() { fmt.Println("x =", x) }
	x = 2
	show()

	// immediately invoked with parameter copies value
	y := 10
	func(y int) {
		y++
		fmt.Println("inner y", y)
	}(y)
	fmt.Println("outer y", y)

	// function returning multiple closures over loop
	var steps []func() string
	for _, w := range strings.Fields("one two three") {
		steps = append(steps, func() string { return strings.ToUpper(w[:1]) + w[1:] })
	}
	var out []string
	for _, s := range steps {
		out = append(out, s())
	}
	fmt.Println(strings.Join(out, "-"))

	// recursive anonymous via variable
	var fact func(uint64) uint64
	fact = func(n uint64) uint64 {
		if n == 0 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(20), fact(21))

	// method value as closure
	var sb strings.Builder
	write := sb.WriteString
	for i := range 3 {
		write(fmt.Sprint(i))
	}
	fmt.Println(sb.String())

	compose := func(fs ...func(int) int) func(int) int {
		return func(v int) int {
			for _, f := range fs {
				v = f(v)
			}
			return v
		}
	}
	inc := func(v int) int { return v + 1 }
	dbl := func(v int) int { return v * 2 }
	fmt.Println(compose(inc, dbl)(3), compose(dbl, inc)(3), compose()(3))
}
