package main

import (
	"fmt"
	"strings"
)

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func counterFrom(start, step int) (next func() int, reset func()) {
	cur := start
	next = func() int {
		v := cur
		cur += step
		return v
	}
	reset = func() { cur = start }
	return
}

func take(n int, gen func() int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = gen()
	}
	return out
}

func primes() func() int {
	found := []int{}
	n := 1
	return func() int {
		for {
			n++
			isPrime := true
			for _, p := range found {
				if p*p > n {
					break
				}
				if n%p == 0 {
					isPrime = false
					break
				}
			}
			if isPrime {
				found = append(found, n)
				return n
			}
		}
	}
}

func memo(f func(int) int) (func(int) int, func() int) {
	cache := map[int]int{}
	calls := 0
	return func(x int) int {
			if v, ok := cache[x]; ok {
				return v
			}
			calls++
			v := f(x)
			cache[x] = v
			return v
		}, func() int {
			return calls
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
	fmt.Println("fib:", take(12, fib()))
	next, reset := counterFrom(10, -3)
	fmt.Println(take(4, next))
	reset()
	fmt.Println(next(), next())
	fmt.Println("primes:", take(15, primes()))

	square, calls := memo(func(x int) int { return x * x })
	sum := 0
	for _, x := range []int{3, 4, 3, 5, 4, 3} {
		sum += square(x)
	}
	fmt.Println("sum", sum, "calls", calls())

	var funcs []func() string
	for i, w := range strings.Fields("alpha beta gamma") {
		funcs = append(funcs, func() string { return fmt.Sprint(i, w) })
	}
	for _, f := range funcs {
		fmt.Print(f(), "|")
	}
	fmt.Println()

	shout := compose(strings.TrimSpace, strings.ToUpper, func(s string) string { return s + "!" })
	fmt.Printf("%q\n", shout("  hello there  "))

	acc := func() func(int) int {
		total := 0
		return func(d int) int { total += d; return total }
	}()
	for _, d := range []int{5, -2, 10} {
		fmt.Print(acc(d), " ")
	}
	fmt.Println()
}
