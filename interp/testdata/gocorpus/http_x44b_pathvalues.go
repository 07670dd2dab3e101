package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "root")
	})
	mux.HandleFunc("GET /users/{id}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "user id=%q", r.PathValue("id"))
	})
	mux.HandleFunc("GET /users/me", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "the current user")
	})
	mux.HandleFunc("POST /users/{id}/posts", func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		fmt.Fprintf(w, "new post for %s: %s", r.PathValue("id"), strings.ToUpper(string(body)))
	})
	mux.HandleFunc("/files/{path...}", func(w http.ResponseWriter, r *http.Request) {
		parts := strings.Split(r.PathValue("path"), "/")
		fmt.Fprintf(w, "%s file segments=%d last=%q", r.Method, len(parts), parts[len(parts)-1])
	})
	mux.HandleFunc("GET /orgs/{org}/repos/{repo}/issues/{n}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "%s/%s#%s", r.PathValue("org"), r.PathValue("repo"), r.PathValue("n"))
	})
	mux.HandleFunc("GET /static/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "static prefix: %s", strings.TrimPrefix(r.URL.Path, "/static/"))
	})
	mux.HandleFunc("example.com/host", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "host-specific")
	})

	cases := []struct{ method, target, body string }{
		{"GET", "/", ""},
		{"GET", "/nothing", ""},
		{"GET", "/users/42", ""},
		{"GET", "/users/me", ""},
		{"HEAD", "/users/7", ""},
		{"DELETE", "/users/7", ""},
		{"POST", "/users/7/posts", "hello"},
		{"GET", "/files/a/b/c.txt", ""},
		{"PUT", "/files/x", ""},
		{"GET", "/orgs/golang/repos/go/issues/1234", ""},
		{"GET", "/static/css/site.css", ""},
		{"GET", "/static", ""},
		{"GET", "http://example.com/host", ""},
		{"GET", "/users/a%2Fb", ""},
	}
	for _, c := range cases {
		var body io.Reader
		if c.body != "" {
			body = strings.NewReader(c.body)
		}
		req := httptest.NewRequest(c.method, c.target, body)
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, req)
		_, pattern := mux.Handler(req)
		fmt.Printf("%-6s %-36s %d pattern=%q allow=%q body=%q\n",
			c.method, c.target, rec.Code, pattern, rec.Header().Get("Allow"), strings.TrimSpace(rec.Body.String()))
	}
}
