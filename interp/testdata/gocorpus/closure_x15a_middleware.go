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

type Response struct {
	Status int
	Body   string
}

type Handler func(*Request) Response

type Middleware func(Handler) Handler

func Chain(h Handler, mws ...Middleware) Handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

func Logging(log *[]string) Middleware {
	return func(next Handler) Handler {
		return func(r *Request) Response {
			*log = append(*log, "-> "+r.Path)
			resp := next(r)
			*log = append(*log, fmt.Sprintf("<- %s %d", r.Path, resp.Status))
			return resp
		}
	}
}

func Auth(allowed ...string) Middleware {
	set := map[string]bool{}
	for _, a := range allowed {
		set[a] = true
	}
	return func(next Handler) Handler {
		return func(r *Request) Response {
			if !set[r.User] {
				return Response{401, "unauthorized: " + r.User}
			}
			return next(r)
		}
	}
}

func Recover() Middleware {
	return func(next Handler) Handler {
		return func(r *Request) (resp Response) {
			defer func() {
				if e := recover(); e != nil {
					resp = Response{500, fmt.Sprint("internal error: ", e)}
				}
			}()
			return next(r)
		}
	}
}

func Counter() (Middleware, func() map[string]int) {
	counts := map[string]int{}
	mw := func(next Handler) Handler {
		return func(r *Request) Response {
			counts[r.Path]++
			return next(r)
		}
	}
	return mw, func() map[string]int { return counts }
}

type Router struct {
	routes map[string]Handler
}

func (rt *Router) Handle(path string, h Handler) { rt.routes[path] = h }

func (rt *Router) Serve(r *Request) Response {
	if h, ok := rt.routes[r.Path]; ok {
		return h(r)
	}
	return Response{404, "no route " + r.Path}
}

func main() {
	var log []string
	rt := &Router{routes: map[string]Handler{}}
	rt.Handle("/hello", func(r *Request) Response {
		return Response{200, "hello, " + strings.Title(r.User)}
	})
	rt.Handle("/panic", func(r *Request) Response {
		var m map[string]int
		m["x"] = 1
		return Response{200, "unreachable"}
	})
	rt.Handle("/div", func(r *Request) Response {
		n := len(r.Headers)
		return Response{200, fmt.Sprint(10 / n)}
	})
	count, counts := Counter()
	app := Chain(rt.Serve, Logging(&log), Recover(), count, Auth("ann", "bob"))
	reqs := []*Request{
		{Path: "/hello", User: "ann"},
		{Path: "/hello", User: "eve"},
		{Path: "/panic", User: "bob"},
		{Path: "/div", User: "bob"},
		{Path: "/div", User: "bob", Headers: map[string]string{"a": "1", "b": "2"}},
		{Path: "/missing", User: "ann"},
	}
	for _, r := range reqs {
		resp := app(r)
		fmt.Printf("%-9s %-4s %d %s\n", r.Path, r.User, resp.Status, resp.Body)
	}
	fmt.Println(strings.Join(log, " | "))
	c := counts()
	keys := make([]string, 0, len(c))
	for k := range c {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", c[k], " ")
	}
	fmt.Println()
}
