package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
)

type Middleware func(http.Handler) http.Handler

func Chain(h http.Handler, ms ...Middleware) http.Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func Logging(log *[]string) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			*log = append(*log, "-> "+r.Method+" "+r.URL.Path)
			next.ServeHTTP(w, r)
			*log = append(*log, "<- "+r.URL.Path)
		})
	}
}

func RequireToken(token string) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("Authorization") != "Bearer "+token {
				http.Error(w, "unauthorized", http.StatusUnauthorized)
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

func Recover(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if err := recover(); err != nil {
				http.Error(w, fmt.Sprint("internal error: ", err), http.StatusInternalServerError)
			}
		}()
		next.ServeHTTP(w, r)
	})
}

type store struct{ items map[string]int }

func (s *store) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		keys := make([]string, 0, len(s.items))
		for k := range s.items {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		w.Header().Set("Content-Type", "text/plain")
		for _, k := range keys {
			fmt.Fprintf(w, "%s=%d\n", k, s.items[k])
		}
	case http.MethodPost:
		body, _ := io.ReadAll(r.Body)
		name := strings.TrimSpace(string(body))
		if name == "boom" {
			panic("cannot store boom")
		}
		s.items[name]++
		w.WriteHeader(http.StatusCreated)
		fmt.Fprintf(w, "stored %s\n", name)
	default:
		w.Header().Set("Allow", "GET, POST")
		w.WriteHeader(http.StatusMethodNotAllowed)
	}
}

func main() {
	var log []string
	s := &store{items: map[string]int{"apple": 1}}
	mux := http.NewServeMux()
	mux.Handle("/items", Chain(s, Recover, RequireToken("s3cret")))
	mux.HandleFunc("/health", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "ok\n")
	})
	h := Chain(mux, Logging(&log))

	do := func(method, path, body, token string) {
		req := httptest.NewRequest(method, path, strings.NewReader(body))
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		res := rec.Result()
		out, _ := io.ReadAll(res.Body)
		fmt.Printf("%s %s -> %d %s %q\n", method, path, res.StatusCode, res.Header.Get("Content-Type"), out)
	}
	do("GET", "/health", "", "")
	do("GET", "/items", "", "")
	do("POST", "/items", "pear\n", "s3cret")
	do("POST", "/items", "pear", "s3cret")
	do("GET", "/items", "", "s3cret")
	do("POST", "/items", "boom", "s3cret")
	do("DELETE", "/items", "", "s3cret")
	do("GET", "/nope", "", "")
	fmt.Println(strings.Join(log, "\n"))
	fmt.Println(http.StatusText(http.StatusTeapot))
}
