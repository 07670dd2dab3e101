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
			*log = append(*log, "-> "+req)
			resp, err := next(req)
			*log = append(*log, fmt.Sprintf("<- %s %v", resp, err))
			return resp, err
		}
	}
}

var ErrForbidden = errors.New("forbidden")

func Auth(allowed ...string) Middleware {
	ok := map[string]bool{}
	for _, a := range allowed {
		ok[a] = true
	}
	return func(next Handler) Handler {
		return func(req string) (string, error) {
			user, _, _ := strings.Cut(req, ":")
			if !ok[user] {
				return "", fmt.Errorf("auth %q: %w", user, ErrForbidden)
			}
			return next(req)
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

func Counter() (Middleware, func() int) {
	n := 0
	return func(next Handler) Handler {
		return func(req string) (string, error) {
			n++
			return next(req)
		}
	}, func() int { return n }
}

func echo(req string) (string, error) {
	_, body, _ := strings.Cut(req, ":")
	if body == "panic" {
		panic("handler exploded")
	}
	return strings.ToUpper(body), nil
}

func main() {
	var log []string
	count, calls := Counter()
	h := Chain(echo, count, Logging(&log), Recover(), Auth("ann", "bo"))
	tests := []struct {
		req, want string
		err       error
	}{
		{"ann:hello", "HELLO", nil},
		{"eve:hi", "", ErrForbidden},
		{"bo:panic", "", nil},
		{"bo:", "", nil},
	}
	for _, tt := range tests {
		got, err := h(tt.req)
		pass := got == tt.want && (tt.err == nil || errors.Is(err, tt.err))
		fmt.Printf("%v %-10q => %q, %v\n", map[bool]string{true: "PASS", false: "FAIL"}[pass], tt.req, got, err)
	}
	fmt.Println("calls:", calls())
	for _, l := range log {
		fmt.Println(l)
	}
}
