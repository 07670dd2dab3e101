package main

import (
	"errors"
	"fmt"
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

type HandlerFunc func(*Request) (*Response, error)
type Middleware func(HandlerFunc) HandlerFunc

func Chain(h HandlerFunc, mws ...Middleware) HandlerFunc {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

func Logging(log *[]string) Middleware {
	return func(next HandlerFunc) HandlerFunc {
		return func(r *Request) (*Response, error) {
			*log = append(*log, "-> "+r.Path)
			resp, err := next(r)
			status := 0
			if resp != nil {
				status = resp.Status
			}
			*log = append(*log, fmt.Sprintf("<- %s %d err=%v", r.Path, status, err))
			return resp, err
		}
	}
}

var ErrUnauthorized = errors.New("unauthorized")

func Auth(allowed ...string) Middleware {
	set := map[string]bool{}
	for _, a := range allowed {
		set[a] = true
	}
	return func(next HandlerFunc) HandlerFunc {
		return func(r *Request) (*Response, error) {
			if !set[r.User] {
				return &Response{Status: 401}, fmt.Errorf("user %q: %w", r.User, ErrUnauthorized)
			}
			return next(r)
		}
	}
}

func Recover() Middleware {
	return func(next HandlerFunc) HandlerFunc {
		return func(r *Request) (resp *Response, err error) {
			defer func() {
				if p := recover(); p != nil {
					resp, err = &Response{Status: 500}, fmt.Errorf("panic: %v", p)
				}
			}()
			return next(r)
		}
	}
}

func counter() (Middleware, func() int) {
	n := 0
	return func(next HandlerFunc) HandlerFunc {
		return func(r *Request) (*Response, error) { n++; return next(r) }
	}, func() int { return n }
}

func main() {
	var log []string
	count, get := counter()
	app := func(r *Request) (*Response, error) {
		switch {
		case r.Path == "/boom":
			var m map[string]int
			m["x"] = 1
		case strings.HasPrefix(r.Path, "/hello/"):
			return &Response{200, "hi " + strings.TrimPrefix(r.Path, "/hello/")}, nil
		}
		return &Response{Status: 404}, nil
	}
	h := Chain(app, count, Logging(&log), Recover(), Auth("ann", "bob"))
	for _, r := range []Request{{Path: "/hello/ann", User: "ann"}, {Path: "/hello/x", User: "eve"}, {Path: "/boom", User: "bob"}, {Path: "/nope", User: "bob"}} {
		resp, err := h(&r)
		fmt.Printf("%-10s %d %q unauthorized=%v\n", r.Path, resp.Status, resp.Body, errors.Is(err, ErrUnauthorized))
	}
	fmt.Println(strings.Join(log, "\n"))
	fmt.Println("count:", get())
}
