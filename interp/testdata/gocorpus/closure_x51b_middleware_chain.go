package main

import (
	"fmt"
	"strings"
)

type Request struct {
	User   string
	Path   string
	Amount int
}

type Handler func(Request) (int, string)

type Middleware func(Handler) Handler

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func Logging(log *[]string) Middleware {
	return func(next Handler) Handler {
		return func(r Request) (int, string) {
			*log = append(*log, "-> "+r.Path)
			code, body := next(r)
			*log = append(*log, fmt.Sprintf("<- %s %d", r.Path, code))
			return code, body
		}
	}
}

func Auth(allowed ...string) Middleware {
	set := make(map[string]struct{}, len(allowed))
	for _, a := range allowed {
		set[a] = struct{}{}
	}
	return func(next Handler) Handler {
		return func(r Request) (int, string) {
			if _, ok := set[r.User]; !ok {
				return 403, "forbidden"
			}
			return next(r)
		}
	}
}

func Recover() Middleware {
	return func(next Handler) Handler {
		return func(r Request) (code int, body string) {
			defer func() {
				if e := recover(); e != nil {
					code, body = 500, fmt.Sprint("internal: ", e)
				}
			}()
			return next(r)
		}
	}
}

func counter() (func() int, func() int) {
	n := 0
	return func() int { n++; return n }, func() int { return n }
}

func main() {
	var log []string
	inc, get := counter()
	app := func(r Request) (int, string) {
		inc()
		if r.Amount < 0 {
			panic(fmt.Sprintf("negative amount %d", r.Amount))
		}
		return 200, fmt.Sprintf("charged %s %d", r.User, r.Amount)
	}
	h := Chain(app, Logging(&log), Recover(), Auth("ann", "bob"))
	reqs := []Request{{"ann", "/pay", 10}, {"eve", "/pay", 5}, {"bob", "/pay", -3}}
	for _, r := range reqs {
		code, body := h(r)
		fmt.Println(code, body)
	}
	fmt.Println("app calls:", get())
	fmt.Println(strings.Join(log, "\n"))
	var fns []func() string
	for _, r := range reqs {
		fns = append(fns, func() string { return r.User })
	}
	for _, f := range fns {
		fmt.Print(f(), ";")
	}
	fmt.Println()
}
