package main

import (
	"fmt"
	"strings"
	"sync"
)

func Memoize[K comparable, V any](fn func(K) V) (func(K) V, func() int) {
	cache := map[K]V{}
	calls := 0
	return func(k K) V {
			if v, ok := cache[k]; ok {
				return v
			}
			calls++
			v := fn(k)
			cache[k] = v
			return v
		}, func() int {
			return calls
		}
}

func Debounce(fn func(string)) (push func(string), flush func()) {
	var pending []string
	push = func(s string) { pending = append(pending, s) }
	flush = func() {
		if len(pending) == 0 {
			return
		}
		fn(strings.Join(pending, "+"))
		pending = nil
	}
	return
}

func Curry(f func(a, b, c int) int) func(int) func(int) func(int) int {
	return func(a int) func(int) func(int) int {
		return func(b int) func(int) int {
			return func(c int) int { return f(a, b, c) }
		}
	}
}

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func Once[T any](f func() T) func() T {
	var once sync.Once
	var v T
	return func() T {
		once.Do(func() { v = f() })
		return v
	}
}

type Counter struct {
	n int
}

func (c *Counter) Inc() int { c.n++; return c.n }

func main() {
	var slowFib func(int) int
	fib, misses := Memoize(func(n int) int {
		if n < 2 {
			return n
		}
		return slowFib(n-1) + slowFib(n-2)
	})
	slowFib = fib
	fmt.Println(fib(50), misses(), fib(30), misses())

	upper, _ := Memoize(strings.ToUpper)
	fmt.Println(upper("memo"), upper("memo"))

	var fired []string
	push, flush := Debounce(func(s string) { fired = append(fired, s) })
	push("a")
	push("b")
	flush()
	flush()
	push("c")
	flush()
	fmt.Println(fired, len(fired))

	vol := Curry(func(a, b, c int) int { return a * b * c })
	two := vol(2)
	fmt.Println(two(3)(4), vol(1)(1)(1), two(5)(5))

	shout := Compose(strings.TrimSpace, func(s string) string { return strings.ToUpper(s) + "!" })
	length := Compose(shout, func(s string) int { return len(s) })
	fmt.Println(shout("  hey there "), length(" hi "))

	loads := 0
	config := Once(func() map[string]string {
		loads++
		return map[string]string{"env": "prod"}
	})
	fmt.Println(config()["env"], config()["env"], loads)

	c := &Counter{}
	inc := c.Inc
	for range 3 {
		inc()
	}
	incFn := (*Counter).Inc
	fmt.Println(incFn(c), c.n)

	funcs := map[string]func(float64, float64) float64{
		"add": func(a, b float64) float64 { return a + b },
		"pow": func(a, b float64) float64 {
			r := 1.0
			for i := 0; i < int(b); i++ {
				r *= a
			}
			return r
		},
	}
	for _, k := range []string{"add", "pow", "div"} {
		if f, ok := funcs[k]; ok {
			fmt.Printf("%s(2,10)=%g ", k, f(2, 10))
		} else {
			fmt.Printf("%s missing ", k)
		}
	}
	fmt.Println()
}
