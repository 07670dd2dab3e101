package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
)

type ctxKey struct{}

type Params map[string]string

func ParamsFrom(ctx context.Context) Params {
	p, _ := ctx.Value(ctxKey{}).(Params)
	return p
}

type route struct {
	method  string
	pattern []string
	handler http.Handler
}

type Router struct {
	routes     []route
	middleware []func(http.Handler) http.Handler
	NotFound   http.Handler
}

func (r *Router) Handle(method, pattern string, h http.HandlerFunc) {
	r.routes = append(r.routes, route{method, strings.Split(strings.Trim(pattern, "/"), "/"), h})
}

func (r *Router) Use(mw func(http.Handler) http.Handler) { r.middleware = append(r.middleware, mw) }

func match(pattern, parts []string) (Params, bool) {
	params := Params{}
	for i, seg := range pattern {
		if strings.HasPrefix(seg, "*") {
			params[seg[1:]] = strings.Join(parts[i:], "/")
			return params, true
		}
		if i >= len(parts) {
			return nil, false
		}
		if strings.HasPrefix(seg, ":") {
			params[seg[1:]] = parts[i]
		} else if seg != parts[i] {
			return nil, false
		}
	}
	return params, len(pattern) == len(parts)
}

func (r *Router) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	var h http.Handler = http.HandlerFunc(r.dispatch)
	for i := len(r.middleware) - 1; i >= 0; i-- {
		h = r.middleware[i](h)
	}
	h.ServeHTTP(w, req)
}

func (r *Router) dispatch(w http.ResponseWriter, req *http.Request) {
	parts := strings.Split(strings.Trim(req.URL.Path, "/"), "/")
	var allowed []string
	for _, rt := range r.routes {
		p, ok := match(rt.pattern, parts)
		if !ok {
			continue
		}
		if rt.method != req.Method {
			allowed = append(allowed, rt.method)
			continue
		}
		rt.handler.ServeHTTP(w, req.WithContext(context.WithValue(req.Context(), ctxKey{}, p)))
		return
	}
	if len(allowed) > 0 {
		sort.Strings(allowed)
		w.Header().Set("Allow", strings.Join(allowed, ", "))
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if r.NotFound != nil {
		r.NotFound.ServeHTTP(w, req)
		return
	}
	http.NotFound(w, req)
}

func logging(log *[]string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			rec := httptest.NewRecorder()
			next.ServeHTTP(rec, r)
			*log = append(*log, fmt.Sprintf("%s %s -> %d", r.Method, r.URL.Path, rec.Code))
			for k, v := range rec.Header() {
				w.Header()[k] = v
			}
			w.WriteHeader(rec.Code)
			w.Write(rec.Body.Bytes())
		})
	}
}

func main() {
	var log []string
	r := &Router{}
	r.Use(logging(&log))
	r.Handle("GET", "/users/:id", func(w http.ResponseWriter, req *http.Request) {
		fmt.Fprintf(w, "user %s", ParamsFrom(req.Context())["id"])
	})
	r.Handle("GET", "/users/:id/posts/:post", func(w http.ResponseWriter, req *http.Request) {
		p := ParamsFrom(req.Context())
		fmt.Fprintf(w, "post %s of %s (%d params)", p["post"], p["id"], len(p))
	})
	r.Handle("DELETE", "/users/:id", func(w http.ResponseWriter, req *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	})
	r.Handle("GET", "/static/*path", func(w http.ResponseWriter, req *http.Request) {
		fmt.Fprintf(w, "file=%q", ParamsFrom(req.Context())["path"])
	})

	reqs := []struct{ method, path string }{
		{"GET", "/users/42"},
		{"GET", "/users/42/posts/7"},
		{"DELETE", "/users/9"},
		{"POST", "/users/9"},
		{"GET", "/static/css/site.css"},
		{"GET", "/nope"},
	}
	for _, rq := range reqs {
		rec := httptest.NewRecorder()
		r.ServeHTTP(rec, httptest.NewRequest(rq.method, rq.path, nil))
		body, _ := io.ReadAll(rec.Result().Body)
		fmt.Printf("%-6s %-22s %d %q allow=%q\n", rq.method, rq.path, rec.Code, strings.TrimSpace(string(body)), rec.Header().Get("Allow"))
	}
	fmt.Println(strings.Join(log, "\n"))
}
