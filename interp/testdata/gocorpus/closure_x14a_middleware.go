package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Request struct {
	Path    string
	User    string
	Headers map[string]string
}

type Handler func(*Request) (int, string)

type Middleware func(Handler) Handler

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func Logging(log *[]string) Middleware {
	return func(next Handler) Handler {
		return func(r *Request) (int, string) {
			code, body := next(r)
			*log = append(*log, fmt.Sprintf("%s %d", r.Path, code))
			return code, body
		}
	}
}

func Auth(allowed ...string) Middleware {
	set := map[string]struct{}{}
	for _, a := range allowed {
		set[a] = struct{}{}
	}
	return func(next Handler) Handler {
		return func(r *Request) (int, string) {
			if _, ok := set[r.User]; !ok {
				return 403, "forbidden"
			}
			return next(r)
		}
	}
}

func Recover() Middleware {
	return func(next Handler) Handler {
		return func(r *Request) (code int, body string) {
			defer func() {
				if p := recover(); p != nil {
					code, body = 500, fmt.Sprint("internal: ", p)
				}
			}()
			return next(r)
		}
	}
}

type Router map[string]Handler

func (rt Router) Serve(r *Request) (int, string) {
	if h, ok := rt[r.Path]; ok {
		return h(r)
	}
	return 404, "not found: " + r.Path
}

func main() {
	var log []string
	rt := Router{
		"/hello": func(r *Request) (int, string) { return 200, "hello " + r.User },
		"/panic": func(r *Request) (int, string) { panic(errors.New("kaboom")) },
		"/hdr": func(r *Request) (int, string) {
			keys := make([]string, 0, len(r.Headers))
			for k := range r.Headers {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			return 200, strings.Join(keys, ",")
		},
	}
	app := Chain(rt.Serve, Logging(&log), Recover(), Auth("ann", "bob"))
	reqs := []*Request{
		{Path: "/hello", User: "ann"},
		{Path: "/hello", User: "eve"},
		{Path: "/panic", User: "bob"},
		{Path: "/missing", User: "bob"},
		{Path: "/hdr", User: "ann", Headers: map[string]string{"X-B": "1", "Accept": "*/*", "X-A": "2"}},
	}
	for _, r := range reqs {
		code, body := app(r)
		fmt.Printf("%-9s %-4s -> %d %s\n", r.Path, r.User, code, body)
	}
	fmt.Println(log)
}
