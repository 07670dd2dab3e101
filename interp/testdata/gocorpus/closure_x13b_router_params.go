package main

import (
	"fmt"
	"sort"
	"strings"
)

type Params map[string]string

type HandlerFunc func(p Params) string

type route struct {
	method  string
	parts   []string
	handler HandlerFunc
}

type Router struct {
	routes   []route
	NotFound HandlerFunc
}

func (r *Router) Handle(method, pattern string, h HandlerFunc) {
	r.routes = append(r.routes, route{method, strings.Split(strings.Trim(pattern, "/"), "/"), h})
}

func (r *Router) GET(p string, h HandlerFunc)  { r.Handle("GET", p, h) }
func (r *Router) POST(p string, h HandlerFunc) { r.Handle("POST", p, h) }

func match(parts, segs []string) (Params, bool) {
	p := Params{}
	for i, part := range parts {
		if strings.HasPrefix(part, "*") {
			p[part[1:]] = strings.Join(segs[i:], "/")
			return p, true
		}
		if i >= len(segs) {
			return nil, false
		}
		if strings.HasPrefix(part, ":") {
			p[part[1:]] = segs[i]
		} else if part != segs[i] {
			return nil, false
		}
	}
	return p, len(parts) == len(segs)
}

func (r *Router) Serve(method, path string) string {
	segs := strings.Split(strings.Trim(path, "/"), "/")
	allowed := []string{}
	for _, rt := range r.routes {
		if p, ok := match(rt.parts, segs); ok {
			if rt.method == method {
				return rt.handler(p)
			}
			allowed = append(allowed, rt.method)
		}
	}
	if len(allowed) > 0 {
		sort.Strings(allowed)
		return "405 allow=" + strings.Join(allowed, ",")
	}
	if r.NotFound != nil {
		return r.NotFound(Params{"path": path})
	}
	return "404"
}

func main() {
	users := map[string]string{"1": "ada", "2": "linus"}
	r := &Router{}
	r.GET("/users", func(Params) string {
		ids := make([]string, 0, len(users))
		for id := range users {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		return "users " + strings.Join(ids, ",")
	})
	r.GET("/users/:id", func(p Params) string {
		if u, ok := users[p["id"]]; ok {
			return "user " + u
		}
		return "no user " + p["id"]
	})
	r.POST("/users/:id/rename/:name", func(p Params) string {
		users[p["id"]] = p["name"]
		return fmt.Sprint("renamed ", p)
	})
	r.GET("/static/*file", func(p Params) string { return "file=" + p["file"] })
	r.NotFound = func(p Params) string { return "custom 404 for " + p["path"] }
	for _, req := range [][2]string{
		{"GET", "/users"}, {"GET", "/users/2"}, {"GET", "/users/9"},
		{"POST", "/users/2/rename/torvalds"}, {"GET", "/users/2"},
		{"DELETE", "/users/1"}, {"GET", "/static/css/site.css"}, {"GET", "/nope/x"},
	} {
		fmt.Printf("%-6s %-26s %s\n", req[0], req[1], r.Serve(req[0], req[1]))
	}
}
