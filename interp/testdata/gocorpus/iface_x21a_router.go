package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Params map[string]string

type Handler func(p Params) (int, string)

type route struct {
	method  string
	pattern []string
	h       Handler
}

type Router struct {
	routes []route
	mw     []func(Handler) Handler
}

var ErrNotFound = errors.New("not found")
var ErrMethod = errors.New("method not allowed")

func (r *Router) Handle(method, pattern string, h Handler) {
	r.routes = append(r.routes, route{method, strings.Split(strings.Trim(pattern, "/"), "/"), h})
}

func (r *Router) Use(m func(Handler) Handler) { r.mw = append(r.mw, m) }

func match(pat, parts []string) (Params, bool) {
	p := Params{}
	for i, seg := range pat {
		if strings.HasPrefix(seg, "*") {
			p[seg[1:]] = strings.Join(parts[i:], "/")
			return p, true
		}
		if i >= len(parts) {
			return nil, false
		}
		if strings.HasPrefix(seg, ":") {
			p[seg[1:]] = parts[i]
		} else if seg != parts[i] {
			return nil, false
		}
	}
	return p, len(pat) == len(parts)
}

func (r *Router) Serve(method, path string) (int, string, error) {
	parts := strings.Split(strings.Trim(path, "/"), "/")
	methodMismatch := false
	for _, rt := range r.routes {
		p, ok := match(rt.pattern, parts)
		if !ok {
			continue
		}
		if rt.method != method {
			methodMismatch = true
			continue
		}
		h := rt.h
		for i := len(r.mw) - 1; i >= 0; i-- {
			h = r.mw[i](h)
		}
		code, body := h(p)
		return code, body, nil
	}
	if methodMismatch {
		return 405, "", fmt.Errorf("%s %s: %w", method, path, ErrMethod)
	}
	return 404, "", fmt.Errorf("%s %s: %w", method, path, ErrNotFound)
}

func main() {
	var log []string
	r := &Router{}
	r.Use(func(next Handler) Handler {
		return func(p Params) (int, string) {
			code, body := next(p)
			log = append(log, fmt.Sprintf("%d %v", code, p))
			return code, body
		}
	})
	r.Use(func(next Handler) Handler {
		return func(p Params) (int, string) {
			if p["id"] == "0" {
				return 400, "bad id"
			}
			return next(p)
		}
	})
	r.Handle("GET", "/users", func(Params) (int, string) { return 200, "all users" })
	r.Handle("GET", "/users/:id", func(p Params) (int, string) { return 200, "user " + p["id"] })
	r.Handle("POST", "/users/:id", func(p Params) (int, string) { return 201, "updated " + p["id"] })
	r.Handle("GET", "/users/:id/posts/:post", func(p Params) (int, string) {
		keys := make([]string, 0, len(p))
		for k := range p {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		return 200, strings.Join(keys, ",")
	})
	r.Handle("GET", "/static/*file", func(p Params) (int, string) { return 200, "file:" + p["file"] })
	reqs := [][2]string{{"GET", "/users"}, {"GET", "/users/42"}, {"POST", "/users/7/"}, {"DELETE", "/users/7"},
		{"GET", "/users/0"}, {"GET", "/users/1/posts/9"}, {"GET", "/static/css/site.css"}, {"GET", "/nope"}}
	for _, q := range reqs {
		code, body, err := r.Serve(q[0], q[1])
		fmt.Printf("%-6s %-22s %d %q err=%v 404=%t\n", q[0], q[1], code, body, err, errors.Is(err, ErrNotFound))
	}
	fmt.Println(strings.Join(log, "\n"))
}
