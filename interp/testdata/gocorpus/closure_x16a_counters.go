package main

import (
	"fmt"
	"sort"
	"strings"
)

func makeCounter(start int) (inc func() int, get func() int, reset func()) {
	n := start
	inc = func() int { n++; return n }
	get = func() int { return n }
	reset = func() { n = start }
	return
}

func memoize(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(x int) int {
		if v, ok := cache[x]; ok {
			return v
		}
		v := f(x)
		cache[x] = v
		return v
	}
}

type Middleware func(func(string) string) func(string) string

func chain(h func(string) string, ms ...Middleware) func(string) string {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func main() {
	inc, get, reset := makeCounter(10)
	inc()
	inc()
	fmt.Println(get(), inc())
	reset()
	fmt.Println(get())
	calls := 0
	var fib func(int) int
	fib = memoize(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(40), calls)
	var funcs []func() string
	for _, s := range []string{"a", "b", "c"} {
		funcs = append(funcs, func() string { return s + s })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	logger := func(tag string) Middleware {
		return func(next func(string) string) func(string) string {
			return func(s string) string {
				return "<" + tag + ">" + next(s) + "</" + tag + ">"
			}
		}
	}
	h := chain(strings.ToUpper, logger("b"), logger("i"))
	fmt.Println(h("hi"))
	adders := map[string]func(int) int{}
	for _, k := range []int{1, 5, 10} {
		adders[fmt.Sprintf("add%d", k)] = func(x int) int { return x + k }
	}
	keys := make([]string, 0, len(adders))
	for k := range adders {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, adders[k](100))
	}
	acc := func() func(float64) float64 {
		sum := 0.0
		return func(x float64) float64 { sum += x; return sum }
	}()
	for _, x := range []float64{1.5, 2.5, 3} {
		fmt.Print(acc(x), ";")
	}
	fmt.Println()
}
