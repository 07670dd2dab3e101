package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Request struct {
	Path   string
	User   string
	Header map[string]string
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
				return Response{403, "forbidden"}
			}
			return next(r)
		}
	}
}

func Recover() Middleware {
	return func(next Handler) Handler {
		return func(r *Request) (resp Response) {
			defer func() {
				if p := recover(); p != nil {
					resp = Response{500, fmt.Sprint("internal error: ", p)}
				}
			}()
			return next(r)
		}
	}
}

type Router map[string]Handler

func (rt Router) ServeRequest(r *Request) Response {
	if h, ok := rt[r.Path]; ok {
		return h(r)
	}
	return Response{404, "not found"}
}

var errBoom = errors.New("boom")

func main() {
	var log []string
	counter := 0
	rt := Router{
		"/hello": func(r *Request) Response {
			counter++
			return Response{200, "hello " + r.User + strings.Repeat("!", counter)}
		},
		"/panic": func(r *Request) Response { panic(errBoom) },
		"/headers": func(r *Request) Response {
			keys := make([]string, 0, len(r.Header))
			for k := range r.Header {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			return Response{200, strings.Join(keys, ",")}
		},
	}
	app := Chain(rt.ServeRequest, Logging(&log), Recover(), Auth("ann", "bob"))

	reqs := []*Request{
		{Path: "/hello", User: "ann"},
		{Path: "/hello", User: "bob"},
		{Path: "/hello", User: "eve"},
		{Path: "/panic", User: "ann"},
		{Path: "/missing", User: "bob"},
		{Path: "/headers", User: "ann", Header: map[string]string{"X-B": "1", "Accept": "*/*"}},
	}
	for _, r := range reqs {
		resp := app(r)
		fmt.Printf("%-9s %-4s %d %q\n", r.Path, r.User, resp.Status, resp.Body)
	}
	fmt.Println(strings.Join(log, "\n"))
	fmt.Println("counter:", counter)
}
