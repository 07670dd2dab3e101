package main

import (
	"fmt"
	"sort"
	"strings"
)

type Handler func(req string) string

type Middleware func(Handler) Handler

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func Logger(log *[]string) Middleware {
	return func(next Handler) Handler {
		return func(req string) string {
			*log = append(*log, "start "+req)
			resp := next(req)
			*log = append(*log, "end "+req)
			return resp
		}
	}
}

func Upper(next Handler) Handler {
	return func(req string) string { return strings.ToUpper(next(req)) }
}

func Recover(next Handler) Handler {
	return func(req string) (resp string) {
		defer func() {
			if r := recover(); r != nil {
				resp = fmt.Sprintf("500: %v", r)
			}
		}()
		return next(req)
	}
}

func memo(f func(int) int) (func(int) int, func() int) {
	cache := map[int]int{}
	hits := 0
	return func(n int) int {
			if v, ok := cache[n]; ok {
				hits++
				return v
			}
			v := f(n)
			cache[n] = v
			return v
		}, func() int {
			return hits
		}
}

func main() {
	var log []string
	hello := func(req string) string {
		if req == "boom" {
			panic("exploded on " + req)
		}
		return "hello " + req
	}
	h := Chain(hello, Logger(&log), Recover, Upper)
	fmt.Println(h("world"))
	fmt.Println(h("boom"))
	fmt.Println(strings.Join(log, " | "))
	var fib func(int) int
	var hits func() int
	fib, hits = memo(func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(40), hits())
	counters := map[string]func() int{}
	for _, name := range []string{"x", "y"} {
		n := 0
		counters[name] = func() int { n++; return n }
	}
	counters["x"]()
	counters["x"]()
	counters["y"]()
	keys := make([]string, 0)
	for k := range counters {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, counters[k]())
	}
	adders := [3]func(int) int{}
	for i := range adders {
		adders[i] = func(x int) int { return x + i*10 }
	}
	fmt.Println(adders[0](1), adders[1](1), adders[2](1))
}
