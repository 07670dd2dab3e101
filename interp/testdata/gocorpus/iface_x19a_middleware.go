package main

import (
	"fmt"
	"sort"
	"strings"
)

type Request struct {
	Method  string
	Path    string
	Headers map[string]string
	User    string
}

type Response struct {
	Status int
	Body   strings.Builder
}

type Handler interface {
	Serve(*Response, *Request)
}

type HandlerFunc func(*Response, *Request)

func (f HandlerFunc) Serve(w *Response, r *Request) { f(w, r) }

type Middleware func(Handler) Handler

func Chain(h Handler, mws ...Middleware) Handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

var log []string

func Logging(name string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(w *Response, r *Request) {
			log = append(log, name+">"+r.Path)
			next.Serve(w, r)
			log = append(log, fmt.Sprintf("%s<%d", name, w.Status))
		})
	}
}

func Auth(tokens map[string]string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(w *Response, r *Request) {
			u, ok := tokens[r.Headers["Authorization"]]
			if !ok {
				w.Status = 401
				w.Body.WriteString("unauthorized")
				return
			}
			r.User = u
			next.Serve(w, r)
		})
	}
}

func Recover() Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(w *Response, r *Request) {
			defer func() {
				if e := recover(); e != nil {
					w.Status = 500
					w.Body.Reset()
					fmt.Fprintf(&w.Body, "panic: %v", e)
				}
			}()
			next.Serve(w, r)
		})
	}
}

func main() {
	app := HandlerFunc(func(w *Response, r *Request) {
		if r.Path == "/boom" {
			panic("kaboom for " + r.User)
		}
		w.Status = 200
		fmt.Fprintf(&w.Body, "hello %s at %s", r.User, r.Path)
	})
	h := Chain(app, Logging("outer"), Recover(), Auth(map[string]string{"t1": "alice", "t2": "bob"}))
	reqs := []*Request{
		{Method: "GET", Path: "/home", Headers: map[string]string{"Authorization": "t1"}},
		{Method: "GET", Path: "/home", Headers: map[string]string{}},
		{Method: "POST", Path: "/boom", Headers: map[string]string{"Authorization": "t2"}},
	}
	for _, r := range reqs {
		var w Response
		h.Serve(&w, r)
		fmt.Printf("%s %s -> %d %q\n", r.Method, r.Path, w.Status, w.Body.String())
	}
	fmt.Println(strings.Join(log, " | "))
	hdr := map[string]string{"b": "2", "a": "1", "c": "3"}
	keys := make([]string, 0)
	for k := range hdr {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, hdr)
}
