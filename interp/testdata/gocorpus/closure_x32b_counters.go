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

func logging(log *[]string) Middleware {
	return func(next func(string) string) func(string) string {
		return func(s string) string {
			*log = append(*log, "in:"+s)
			out := next(s)
			*log = append(*log, "out:"+out)
			return out
		}
	}
}

func main() {
	inc, get, reset := makeCounter(10)
	inc()
	inc()
	fmt.Println("after two incs:", get())
	reset()
	fmt.Println("after reset:", get(), inc())

	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	calls := 0
	var fib func(int) int
	fib = memoize(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println("fib(40) =", fib(40), "calls:", calls)

	var log []string
	h := chain(strings.ToUpper, logging(&log), func(next func(string) string) func(string) string {
		return func(s string) string { return "[" + next(strings.TrimSpace(s)) + "]" }
	})
	fmt.Println(h("  hello  "))
	fmt.Printf("%q\n", log)

	words := []string{"banana", "Apple", "cherry", "apple", "Banana"}
	key := func(s string) string { return strings.ToLower(s) }
	sort.SliceStable(words, func(i, j int) bool { return key(words[i]) < key(words[j]) })
	fmt.Println(words)

	adders := map[string]func(float64) float64{}
	for _, d := range []float64{1, 10, 100} {
		adders[fmt.Sprint("add", d)] = func(x float64) float64 { return x + d }
	}
	names := make([]string, 0, len(adders))
	for k := range adders {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Println(k, adders[k](0.5))
	}

	x := 1
	defer func() { fmt.Println("deferred sees x =", x) }()
	defer fmt.Println("deferred arg x =", x)
	x = 99

	acc := func() func(int) []int {
		var hist []int
		return func(v int) []int {
			hist = append(hist, v)
			return hist
		}
	}()
	acc(1)
	acc(2)
	fmt.Println(acc(3), len(acc(4)))
}
