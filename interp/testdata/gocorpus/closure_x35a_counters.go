package main

import (
	"fmt"
	"strings"
)

func makeCounter() func() int {
	count := 0
	return func() int {
		count++
		return count
	}
}

func makeMultiplier(factor int) func(int) int {
	return func(x int) int { return x * factor }
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

func compose(fs ...func(string) string) func(string) string {
	return func(s string) string {
		for _, f := range fs {
			s = f(s)
		}
		return s
	}
}

func main() {
	c1 := makeCounter()
	c2 := makeCounter()
	fmt.Println(c1(), c1(), c1(), c2())

	double := makeMultiplier(2)
	triple := makeMultiplier(3)
	fmt.Println(double(5), triple(5), double(triple(2)))

	calls := 0
	var fib func(int) int
	fib = memoize(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(40), "calls:", calls)

	shout := compose(strings.TrimSpace, strings.ToUpper, func(s string) string { return s + "!" })
	fmt.Println(shout("  hello world  "))

	var funcs []func() string
	for _, name := range []string{"a", "b", "c"} {
		funcs = append(funcs, func() string { return "hi " + name })
	}
	for _, f := range funcs {
		fmt.Print(f(), "; ")
	}
	fmt.Println()

	ops := map[string]func(float64, float64) float64{
		"+": func(a, b float64) float64 { return a + b },
		"-": func(a, b float64) float64 { return a - b },
		"*": func(a, b float64) float64 { return a * b },
		"/": func(a, b float64) float64 { return a / b },
	}
	for _, op := range []string{"+", "-", "*", "/"} {
		fmt.Printf("7 %s 2 = %g\n", op, ops[op](7, 2))
	}
}
