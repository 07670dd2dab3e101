package main

import (
	"fmt"
	"net/url"
	"sort"
	"strings"
)

type Params map[string]string

type route struct {
	method string
	parts  []string
	name   string
}

type Router struct{ routes []route }

func (r *Router) Handle(method, pattern, name string) {
	r.routes = append(r.routes, route{method, strings.Split(strings.Trim(pattern, "/"), "/"), name})
}

func (r *Router) Match(method, rawURL string) (string, Params, url.Values, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return "", nil, nil, fmt.Errorf("bad url: %w", err)
	}
	segs := strings.Split(strings.Trim(u.Path, "/"), "/")
	allowed := []string{}
	for _, rt := range r.routes {
		p, ok := matchParts(rt.parts, segs)
		if !ok {
			continue
		}
		if rt.method != method {
			allowed = append(allowed, rt.method)
			continue
		}
		return rt.name, p, u.Query(), nil
	}
	if len(allowed) > 0 {
		sort.Strings(allowed)
		return "", nil, nil, fmt.Errorf("405 method %s not allowed (allow: %s)", method, strings.Join(allowed, ", "))
	}
	return "", nil, nil, fmt.Errorf("404 %s", u.Path)
}

func matchParts(pattern, segs []string) (Params, bool) {
	p := Params{}
	for i, part := range pattern {
		if strings.HasPrefix(part, "*") {
			p[part[1:]] = strings.Join(segs[i:], "/")
			return p, true
		}
		if i >= len(segs) {
			return nil, false
		}
		if strings.HasPrefix(part, ":") {
			v, err := url.PathUnescape(segs[i])
			if err != nil {
				return nil, false
			}
			p[part[1:]] = v
		} else if part != segs[i] {
			return nil, false
		}
	}
	return p, len(pattern) == len(segs)
}

func main() {
	r := &Router{}
	r.Handle("GET", "/users", "listUsers")
	r.Handle("POST", "/users", "createUser")
	r.Handle("GET", "/users/:id", "getUser")
	r.Handle("DELETE", "/users/:id", "deleteUser")
	r.Handle("GET", "/users/:id/posts/:post", "getPost")
	r.Handle("GET", "/static/*path", "static")
	tests := [][2]string{
		{"GET", "/users"},
		{"GET", "/users/42?expand=posts&expand=likes&q=a+b"},
		{"PUT", "/users/42"},
		{"GET", "/users/j%C3%B6rg/posts/7"},
		{"GET", "/static/css/site.css"},
		{"GET", "/nope"},
		{"GET", "/users/%zz"},
		{"GET", "http://[::1"},
	}
	for _, t := range tests {
		name, p, q, err := r.Match(t[0], t[1])
		if err != nil {
			fmt.Printf("%-6s %-40s ERR %v\n", t[0], t[1], err)
			continue
		}
		fmt.Printf("%-6s %-40s %s %v %v\n", t[0], t[1], name, p, q)
	}
	v := url.Values{"z": {"1"}, "a": {"x y", "&"}}
	fmt.Println(v.Encode(), url.QueryEscape("a/b c"), url.PathEscape("a/b c"))
}
