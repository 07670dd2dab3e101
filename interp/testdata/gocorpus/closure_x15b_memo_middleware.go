package main

import (
	"fmt"
	"strings"
)

type Handler func(req string) (string, error)

type Middleware func(Handler) Handler

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func Logging(log *[]string) Middleware {
	return func(next Handler) Handler {
		return func(req string) (string, error) {
			*log = append(*log, "> "+req)
			resp, err := next(req)
			*log = append(*log, fmt.Sprintf("< %q %v", resp, err))
			return resp, err
		}
	}
}

func Recover() Middleware {
	return func(next Handler) Handler {
		return func(req string) (resp string, err error) {
			defer func() {
				if r := recover(); r != nil {
					err = fmt.Errorf("recovered: %v", r)
				}
			}()
			return next(req)
		}
	}
}

func Cache(hits *int) Middleware {
	cache := map[string]string{}
	return func(next Handler) Handler {
		return func(req string) (string, error) {
			if v, ok := cache[req]; ok {
				*hits++
				return v, nil
			}
			v, err := next(req)
			if err == nil {
				cache[req] = v
			}
			return v, err
		}
	}
}

func memo[K comparable, V any](f func(K) V) func(K) V {
	m := map[K]V{}
	return func(k K) V {
		if v, ok := m[k]; ok {
			return v
		}
		v := f(k)
		m[k] = v
		return v
	}
}

func main() {
	var log []string
	hits := 0
	base := func(req string) (string, error) {
		switch {
		case req == "":
			return "", fmt.Errorf("empty request")
		case strings.HasPrefix(req, "boom"):
			var m map[string]int
			m[req] = 1
		}
		return strings.ToUpper(req), nil
	}
	h := Chain(base, Logging(&log), Recover(), Cache(&hits))
	for _, r := range []string{"a", "b", "a", "", "boom1", "a", "b"} {
		resp, err := h(r)
		fmt.Printf("%-6q -> %-5q err=%v\n", r, resp, err)
	}
	fmt.Println("hits:", hits)
	fmt.Println(strings.Join(log, "\n"))

	calls := 0
	var fib func(int) int
	fib = memo(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(80), calls)

	counters := make([]func() int, 3)
	for i := range counters {
		c := i * 10
		counters[i] = func() int { c++; return c }
	}
	fmt.Println(counters[0](), counters[0](), counters[2](), counters[1](), counters[0]())
}
