// Exercises: middleware chain of func(Handler) Handler, named func types, closures, reverse application order
package main

import (
	"fmt"
	"strings"
)

type Handler func(string) string

type Middleware func(Handler) Handler

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func Logging(log *[]string) Middleware {
	return func(next Handler) Handler {
		return func(req string) string {
			*log = append(*log, "in:"+req)
			resp := next(req)
			*log = append(*log, "out:"+resp)
			return resp
		}
	}
}

func Upper(next Handler) Handler {
	return func(req string) string { return strings.ToUpper(next(req)) }
}

func Prefix(p string) Middleware {
	return func(next Handler) Handler {
		return func(req string) string { return next(p + req) }
	}
}

func main() {
	var log []string
	hello := Handler(func(s string) string { return "hello " + s })
	h := Chain(hello, Logging(&log), Upper, Prefix("dear "))
	fmt.Println(h("gopher"))
	fmt.Println(h("ann"))
	for _, l := range log {
		fmt.Println(l)
	}
	var m Middleware = Upper
	fmt.Println(m(hello)("x"), len(log))
}
