package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
)

type Router struct {
	*http.ServeMux
	prefix string
	mws    []func(http.Handler) http.Handler
}

func NewRouter() *Router { return &Router{ServeMux: http.NewServeMux()} }

func (r *Router) Group(prefix string, mws ...func(http.Handler) http.Handler) *Router {
	return &Router{ServeMux: r.ServeMux, prefix: r.prefix + prefix, mws: append(append([]func(http.Handler) http.Handler{}, r.mws...), mws...)}
}

func (r *Router) Handle(method, path string, h http.HandlerFunc) {
	var handler http.Handler = h
	for i := len(r.mws) - 1; i >= 0; i-- {
		handler = r.mws[i](handler)
	}
	r.ServeMux.Handle(method+" "+r.prefix+path, handler)
}

func header(k, v string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Add(k, v)
			next.ServeHTTP(w, r)
		})
	}
}

func adminOnly(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Admin") != "yes" {
			http.Error(w, "admins only", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func main() {
	root := NewRouter()
	api := root.Group("/api", header("X-API", "1"))
	v1 := api.Group("/v1", header("X-Version", "v1"))
	v2 := api.Group("/v2", header("X-Version", "v2"))
	admin := v2.Group("/admin", adminOnly)

	v1.Handle("GET", "/users/{id}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "v1 user %s", r.PathValue("id"))
	})
	v2.Handle("GET", "/users/{id}", func(w http.ResponseWriter, r *http.Request) {
		json.NewEncoder(w).Encode(map[string]string{"id": r.PathValue("id"), "api": "v2"})
	})
	admin.Handle("POST", "/reindex", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "reindexing")
	})

	legacy := http.NewServeMux()
	legacy.HandleFunc("/report", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "legacy report path=%s raw=%s", r.URL.Path, r.RequestURI)
	})
	root.ServeMux.Handle("/legacy/", http.StripPrefix("/legacy", legacy))
	root.ServeMux.Handle("/old-api/", http.RedirectHandler("/api/v2/", http.StatusMovedPermanently))

	tests := []struct {
		method, path string
		admin        bool
	}{
		{"GET", "/api/v1/users/5", false},
		{"GET", "/api/v2/users/5", false},
		{"POST", "/api/v2/admin/reindex", false},
		{"POST", "/api/v2/admin/reindex", true},
		{"GET", "/api/v2/admin/reindex", true},
		{"GET", "/legacy/report", false},
		{"GET", "/legacy/other", false},
		{"GET", "/old-api/x", false},
	}
	for _, tc := range tests {
		req := httptest.NewRequest(tc.method, tc.path, nil)
		if tc.admin {
			req.Header.Set("X-Admin", "yes")
		}
		rec := httptest.NewRecorder()
		root.ServeHTTP(rec, req)
		fmt.Printf("%-4s %-24s admin=%-5v %d api=%v ver=%v loc=%q %s\n", tc.method, tc.path, tc.admin, rec.Code,
			rec.Header().Values("X-API"), rec.Header().Values("X-Version"), rec.Header().Get("Location"), strings.TrimSpace(rec.Body.String()))
	}
	fmt.Printf("%q %q %d\n", admin.prefix, v1.prefix, len(admin.mws))
}
