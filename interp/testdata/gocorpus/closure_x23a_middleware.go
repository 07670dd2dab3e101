package main

import (
	"errors"
	"fmt"
	"strings"
)

type Request struct {
	Path string
	User string
	Hdr  map[string]string
}

type Response struct {
	Code int
	Body string
}

type Handler func(*Request) (Response, error)
type Middleware func(Handler) Handler

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func Logging(log *[]string) Middleware {
	return func(next Handler) Handler {
		return func(r *Request) (Response, error) {
			*log = append(*log, "-> "+r.Path)
			resp, err := next(r)
			*log = append(*log, fmt.Sprintf("<- %s %d %v", r.Path, resp.Code, err))
			return resp, err
		}
	}
}

var ErrForbidden = errors.New("forbidden")

func Auth(allowed ...string) Middleware {
	return func(next Handler) Handler {
		return func(r *Request) (Response, error) {
			for _, a := range allowed {
				if a == r.User {
					r.Hdr["x-auth"] = a
					return next(r)
				}
			}
			return Response{Code: 403}, fmt.Errorf("user %q: %w", r.User, ErrForbidden)
		}
	}
}

func Recover() Middleware {
	return func(next Handler) Handler {
		return func(r *Request) (resp Response, err error) {
			defer func() {
				if p := recover(); p != nil {
					resp, err = Response{Code: 500}, fmt.Errorf("panic: %v", p)
				}
			}()
			return next(r)
		}
	}
}

func router(routes map[string]Handler) Handler {
	return func(r *Request) (Response, error) {
		if h, ok := routes[r.Path]; ok {
			return h(r)
		}
		return Response{404, "not found"}, nil
	}
}

func main() {
	var log []string
	routes := map[string]Handler{
		"/hello": func(r *Request) (Response, error) {
			return Response{200, "hello " + r.User + " via " + r.Hdr["x-auth"]}, nil
		},
		"/boom": func(r *Request) (Response, error) {
			var m map[string]int
			m["x"] = 1
			return Response{}, nil
		},
	}
	app := Chain(router(routes), Logging(&log), Recover(), Auth("ann", "bob"))
	reqs := []*Request{
		{Path: "/hello", User: "ann"},
		{Path: "/hello", User: "eve"},
		{Path: "/boom", User: "bob"},
		{Path: "/nope", User: "bob"},
	}
	for _, r := range reqs {
		r.Hdr = map[string]string{}
		resp, err := app(r)
		fmt.Printf("%-7s %-4s %d %q err=%v forbidden=%v\n", r.Path, r.User, resp.Code, resp.Body, err, errors.Is(err, ErrForbidden))
	}
	fmt.Println(strings.Join(log, "\n"))
}
