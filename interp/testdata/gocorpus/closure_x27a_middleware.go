package main

import (
	"fmt"
	"sort"
	"strings"
)

type Request struct {
	Path    string
	User    string
	Headers map[string]string
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
	set := map[string]bool{}
	for _, a := range allowed {
		set[a] = true
	}
	return func(next Handler) Handler {
		return func(r Request) (int, string) {
			if !set[r.User] {
				return 403, "forbidden"
			}
			return next(r)
		}
	}
}

func Counting(counts map[string]int) Middleware {
	return func(next Handler) Handler {
		return func(r Request) (int, string) {
			counts[r.Path]++
			return next(r)
		}
	}
}

func router(routes map[string]Handler) Handler {
	return func(r Request) (int, string) {
		if h, ok := routes[r.Path]; ok {
			return h(r)
		}
		return 404, "not found"
	}
}

func main() {
	var log []string
	counts := map[string]int{}
	routes := map[string]Handler{
		"/hello": func(r Request) (int, string) { return 200, "hello " + r.User },
		"/echo": func(r Request) (int, string) {
			keys := make([]string, 0, len(r.Headers))
			for k := range r.Headers {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			var sb strings.Builder
			for _, k := range keys {
				sb.WriteString(k + "=" + r.Headers[k] + ";")
			}
			return 200, sb.String()
		},
	}
	app := Chain(router(routes), Logging(&log), Counting(counts), Auth("ann", "ben"))
	reqs := []Request{
		{Path: "/hello", User: "ann"},
		{Path: "/hello", User: "eve"},
		{Path: "/echo", User: "ben", Headers: map[string]string{"b": "2", "a": "1"}},
		{Path: "/nope", User: "ann"},
	}
	for _, r := range reqs {
		code, body := app(r)
		fmt.Printf("%d %q\n", code, body)
	}
	fmt.Println(strings.Join(log, "\n"))
	fmt.Println(counts)
}
