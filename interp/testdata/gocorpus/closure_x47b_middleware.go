package main

import (
	"errors"
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
			*log = append(*log, fmt.Sprintf("< %q err=%v", resp, err))
			return resp, err
		}
	}
}

func Retry(n int) Middleware {
	return func(next Handler) Handler {
		return func(req string) (resp string, err error) {
			for attempt := 1; attempt <= n; attempt++ {
				if resp, err = next(req); err == nil {
					return
				}
			}
			return "", fmt.Errorf("after %d attempts: %w", n, err)
		}
	}
}

func Recover() Middleware {
	return func(next Handler) Handler {
		return func(req string) (resp string, err error) {
			defer func() {
				if r := recover(); r != nil {
					err = fmt.Errorf("panic: %v", r)
				}
			}()
			return next(req)
		}
	}
}

var ErrFlaky = errors.New("flaky")

func counterGen() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 0 }
}

func main() {
	var log []string
	next, reset := counterGen()
	base := func(req string) (string, error) {
		n := next()
		switch {
		case req == "boom":
			panic("exploded on " + req)
		case strings.HasPrefix(req, "flaky") && n < 3:
			return "", ErrFlaky
		case req == "never":
			return "", ErrFlaky
		}
		return strings.ToUpper(req) + fmt.Sprintf("#%d", n), nil
	}
	h := Chain(base, Logging(&log), Recover(), Retry(3))
	for _, r := range []string{"hello", "flaky-1", "boom", "never"} {
		reset()
		resp, err := h(r)
		fmt.Printf("%-8s -> %q, %v, is flaky: %v\n", r, resp, err, errors.Is(err, ErrFlaky))
	}
	fmt.Println(strings.Join(log, "\n"))
	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
