package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Request struct {
	Method string
	Path   string
	Header map[string]string
}

type Response struct {
	Status int
	Body   string
}

type Handler interface {
	Serve(*Request) Response
}

type HandlerFunc func(*Request) Response

func (f HandlerFunc) Serve(r *Request) Response { return f(r) }

type Middleware func(Handler) Handler

func Chain(h Handler, mws ...Middleware) Handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

func Logging(log *[]string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(r *Request) Response {
			resp := next.Serve(r)
			*log = append(*log, fmt.Sprintf("%s %s -> %d", r.Method, r.Path, resp.Status))
			return resp
		})
	}
}

func Auth(tokens ...string) Middleware {
	allowed := make(map[string]bool)
	for _, t := range tokens {
		allowed[t] = true
	}
	return func(next Handler) Handler {
		return HandlerFunc(func(r *Request) Response {
			if !allowed[r.Header["Authorization"]] {
				return Response{401, "unauthorized"}
			}
			return next.Serve(r)
		})
	}
}

var errBoom = errors.New("boom")

func Recover() Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(r *Request) (resp Response) {
			defer func() {
				if v := recover(); v != nil {
					resp = Response{500, fmt.Sprint("internal error: ", v)}
				}
			}()
			return next.Serve(r)
		})
	}
}

type Router struct {
	routes map[string]Handler
}

func (rt *Router) Handle(method, path string, h HandlerFunc) {
	if rt.routes == nil {
		rt.routes = map[string]Handler{}
	}
	rt.routes[method+" "+path] = h
}

func (rt *Router) Serve(r *Request) Response {
	if h, ok := rt.routes[r.Method+" "+r.Path]; ok {
		return h.Serve(r)
	}
	return Response{404, "no route for " + r.Path}
}

func main() {
	rt := &Router{}
	counter := 0
	rt.Handle("GET", "/hello", func(r *Request) Response {
		counter++
		return Response{200, fmt.Sprintf("hello #%d", counter)}
	})
	rt.Handle("POST", "/panic", func(r *Request) Response { panic(errBoom) })
	rt.Handle("GET", "/upper", func(r *Request) Response {
		return Response{200, strings.ToUpper(r.Header["X-Text"])}
	})
	var log []string
	app := Chain(rt, Logging(&log), Recover(), Auth("secret", "admin"))
	reqs := []*Request{
		{"GET", "/hello", map[string]string{"Authorization": "secret"}},
		{"GET", "/hello", map[string]string{"Authorization": "admin"}},
		{"GET", "/hello", nil},
		{"POST", "/panic", map[string]string{"Authorization": "admin"}},
		{"GET", "/missing", map[string]string{"Authorization": "admin"}},
		{"GET", "/upper", map[string]string{"Authorization": "admin", "X-Text": "shout"}},
	}
	statuses := map[int]int{}
	for _, r := range reqs {
		resp := app.Serve(r)
		statuses[resp.Status]++
		fmt.Printf("%d %q\n", resp.Status, resp.Body)
	}
	fmt.Println(strings.Join(log, "\n"))
	codes := make([]int, 0, len(statuses))
	for c := range statuses {
		codes = append(codes, c)
	}
	sort.Ints(codes)
	fmt.Println(codes, statuses)
}
