package main

import (
	"fmt"
	"strings"
	"sync"
)

func Memoize[K comparable, V any](f func(K) V) (func(K) V, func() int) {
	var mu sync.Mutex
	cache := map[K]V{}
	misses := 0
	return func(k K) V {
			mu.Lock()
			if v, ok := cache[k]; ok {
				mu.Unlock()
				return v
			}
			mu.Unlock()
			v := f(k)
			mu.Lock()
			cache[k] = v
			misses++
			mu.Unlock()
			return v
		}, func() int {
			mu.Lock()
			defer mu.Unlock()
			return misses
		}
}

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func Pipeline(fs ...func(string) string) func(string) string {
	return func(s string) string {
		for _, f := range fs {
			s = f(s)
		}
		return s
	}
}

func Counter(start, step int) (next func() int, reset func()) {
	n := start
	next = func() int {
		v := n
		n += step
		return v
	}
	reset = func() { n = start }
	return
}

func Once[T any](f func() T) func() T {
	var (
		done bool
		v    T
	)
	return func() T {
		if !done {
			v, done = f(), true
		}
		return v
	}
}

func main() {
	var fib func(int) int
	calls := 0
	fib, misses := Memoize(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(50), fib(30), calls, misses())

	shout := Pipeline(strings.TrimSpace, strings.ToUpper, func(s string) string { return s + "!" })
	fmt.Println(shout("  hello there  "))
	lenOfUpper := Compose(strings.ToUpper, func(s string) int { return len(s) })
	fmt.Println(lenOfUpper("gopher"))

	next, reset := Counter(10, 5)
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())

	var funcs []func() string
	for i, name := range []string{"a", "b", "c"} {
		funcs = append(funcs, func() string { return fmt.Sprint(i, name) })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	evals := 0
	cfg := Once(func() map[string]string {
		evals++
		return map[string]string{"env": "prod"}
	})
	fmt.Println(cfg()["env"], cfg()["env"], evals)

	adders := map[string]func(int) int{}
	for _, k := range []int{1, 10, 100} {
		adders[fmt.Sprint("add", k)] = func(x int) int { return x + k }
	}
	fmt.Println(adders["add1"](1), adders["add10"](1), adders["add100"](1))

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
	defer func() { fmt.Println("deferred closure sees calls =", calls) }()
	calls = -1
}
