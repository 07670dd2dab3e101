package main

import (
	"errors"
	"fmt"
	"strings"
)

// Function types and middleware chains. Pitfall: applying middleware in the
// wrong order; capturing a variable that changes after the closure is built.

type Request struct {
	Path  string
	User  string
	Trace []string
}

type Handler func(*Request) (string, error)

type Middleware func(Handler) Handler

func Chain(h Handler, mws ...Middleware) Handler {
	// Apply in reverse so the first middleware runs first.
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

func Logging(name string) Middleware {
	return func(next Handler) Handler {
		return func(r *Request) (string, error) {
			r.Trace = append(r.Trace, name+">")
			out, err := next(r)
			r.Trace = append(r.Trace, "<"+name)
			return out, err
		}
	}
}

var ErrUnauthorized = errors.New("unauthorized")

func Auth(allowed ...string) Middleware {
	set := map[string]bool{}
	for _, a := range allowed {
		set[a] = true
	}
	return func(next Handler) Handler {
		return func(r *Request) (string, error) {
			if !set[r.User] {
				return "", fmt.Errorf("%s: %w", r.User, ErrUnauthorized)
			}
			return next(r)
		}
	}
}

func Recover() Middleware {
	return func(next Handler) Handler {
		return func(r *Request) (out string, err error) {
			defer func() {
				if p := recover(); p != nil {
					err = fmt.Errorf("panic: %v", p)
				}
			}()
			return next(r)
		}
	}
}

func hello(r *Request) (string, error) {
	if r.Path == "/panic" {
		panic("handler exploded")
	}
	return "hello " + r.User + " at " + r.Path, nil
}

type Router struct {
	routes map[string]Handler
}

func (rt *Router) Handle(path string, h Handler) { rt.routes[path] = h }

func (rt *Router) Serve(r *Request) (string, error) {
	h, ok := rt.routes[r.Path]
	if !ok {
		return "", fmt.Errorf("404 %s", r.Path)
	}
	return h(r)
}

func main() {
	h := Chain(hello, Recover(), Logging("outer"), Auth("ann", "bob"), Logging("inner"))
	for _, req := range []*Request{
		{Path: "/home", User: "ann"},
		{Path: "/home", User: "eve"},
		{Path: "/panic", User: "bob"},
	} {
		out, err := h(req)
		fmt.Printf("%q err=%v trace=%s\n", out, err, strings.Join(req.Trace, " "))
	}

	rt := &Router{routes: map[string]Handler{}}
	for _, p := range []string{"/a", "/b"} {
		rt.Handle(p, func(r *Request) (string, error) { return "route " + p, nil })
	}
	for _, p := range []string{"/a", "/b", "/c"} {
		out, err := rt.Serve(&Request{Path: p})
		fmt.Println(out, err)
	}

	// Late binding: the closure reads prefix at call time.
	prefix := "v1"
	versioned := func(s string) string { return prefix + "/" + s }
	prefix = "v2"
	fmt.Println(versioned("users"))

	// Early binding by passing the value as a parameter.
	makeVersioned := func(p string) func(string) string {
		return func(s string) string { return p + "/" + s }
	}
	prefix = "v1"
	early := makeVersioned(prefix)
	prefix = "v3"
	fmt.Println(early("users"))

	// Memoization with a closure over a map.
	calls := 0
	var fib func(int) int
	memo := map[int]int{}
	fib = func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = fib(n-1) + fib(n-2)
		return memo[n]
	}
	fmt.Println(fib(40), calls)
}
