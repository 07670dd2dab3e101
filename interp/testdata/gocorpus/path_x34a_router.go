package main

import (
	"errors"
	"fmt"
	"path"
	"strings"
)

type Params map[string]string

type Handler func(p Params) (string, error)

type route struct {
	method  string
	pattern string
	h       Handler
}

type Router struct {
	routes []route
	mw     []func(Handler) Handler
}

var ErrNotFound = errors.New("not found")

func (r *Router) Handle(method, pattern string, h Handler) {
	r.routes = append(r.routes, route{method, path.Clean(pattern), h})
}

func (r *Router) Use(mw func(Handler) Handler) { r.mw = append(r.mw, mw) }

func match(pattern, p string) (Params, bool) {
	ps, xs := strings.Split(pattern, "/"), strings.Split(p, "/")
	params := Params{}
	for i, seg := range ps {
		if seg == "*" {
			params["rest"] = strings.Join(xs[i:], "/")
			return params, true
		}
		if i >= len(xs) {
			return nil, false
		}
		if name, ok := strings.CutPrefix(seg, ":"); ok {
			params[name] = xs[i]
			continue
		}
		if ok, err := path.Match(seg, xs[i]); err != nil || !ok {
			return nil, false
		}
	}
	return params, len(ps) == len(xs)
}

func (r *Router) Serve(method, rawPath string) (out string, err error) {
	defer func() {
		if rec := recover(); rec != nil {
			err = fmt.Errorf("handler panic: %v", rec)
		}
	}()
	p := path.Clean("/" + rawPath)
	for _, rt := range r.routes {
		if rt.method != method {
			continue
		}
		if params, ok := match(rt.pattern, p); ok {
			h := rt.h
			for i := len(r.mw) - 1; i >= 0; i-- {
				h = r.mw[i](h)
			}
			return h(params)
		}
	}
	return "", fmt.Errorf("%s %s: %w", method, p, ErrNotFound)
}

func main() {
	var log []string
	r := &Router{}
	r.Use(func(next Handler) Handler {
		return func(p Params) (string, error) {
			log = append(log, fmt.Sprint(len(p)))
			return next(p)
		}
	})
	r.Use(func(next Handler) Handler {
		return func(p Params) (string, error) {
			s, err := next(p)
			return strings.ToUpper(s), err
		}
	})
	r.Handle("GET", "/users/:id", func(p Params) (string, error) { return "user " + p["id"], nil })
	r.Handle("GET", "/users/:id/posts/:post", func(p Params) (string, error) {
		return fmt.Sprintf("post %s of %s", p["post"], p["id"]), nil
	})
	r.Handle("GET", "/static/*", func(p Params) (string, error) { return "file " + p["rest"], nil })
	r.Handle("GET", "/img/*.png", func(p Params) (string, error) { return "png", nil })
	r.Handle("POST", "/boom", func(p Params) (string, error) { panic("kaboom") })
	r.Handle("GET", "/div/:n", func(p Params) (string, error) {
		var zero []int
		return fmt.Sprint(zero[len(p["n"])]), nil
	})

	reqs := [][2]string{
		{"GET", "/users/42"}, {"GET", "users/7/posts/99/"}, {"GET", "/static/css/../js/app.js"},
		{"GET", "/img/logo.png"}, {"GET", "/img/logo.jpg"}, {"POST", "/boom"}, {"DELETE", "/users/1"},
		{"GET", "/div/abc"},
	}
	for _, rq := range reqs {
		out, err := r.Serve(rq[0], rq[1])
		switch {
		case errors.Is(err, ErrNotFound):
			fmt.Println("404", err)
		case err != nil:
			fmt.Println("500", err)
		default:
			fmt.Println("200", out)
		}
	}
	fmt.Println("middleware saw param counts:", log)
}
