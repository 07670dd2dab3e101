// Exercises: HTTP-like middleware chains over a func(Request) Response type, closures composing handlers in reverse
package main

import (
	"fmt"
	"strings"
)

type Request struct {
	Path string
	User string
}

type Response struct {
	Code int
	Body string
}

type Handler func(Request) Response

type Middleware func(Handler) Handler

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func Trace(name string, trace *[]string) Middleware {
	return func(next Handler) Handler {
		return func(r Request) Response {
			*trace = append(*trace, "enter "+name)
			resp := next(r)
			*trace = append(*trace, fmt.Sprintf("leave %s %d", name, resp.Code))
			return resp
		}
	}
}

func Auth(next Handler) Handler {
	return func(r Request) Response {
		if r.User == "" {
			return Response{401, "unauthorized"}
		}
		return next(r)
	}
}

func hello(r Request) Response {
	return Response{200, "hello " + r.User + " at " + strings.TrimPrefix(r.Path, "/")}
}

func main() {
	var trace []string
	h := Chain(hello, Trace("outer", &trace), Auth, Trace("inner", &trace))
	fmt.Printf("%+v\n", h(Request{"/home", "ann"}))
	fmt.Printf("%+v\n", h(Request{"/home", ""}))
	fmt.Println(strings.Join(trace, "; "))
}
