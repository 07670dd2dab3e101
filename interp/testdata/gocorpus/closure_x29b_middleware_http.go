package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
)

type Middleware func(http.Handler) http.Handler

func Chain(h http.Handler, mws ...Middleware) http.Handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

func Logging(log *[]string) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
			next.ServeHTTP(rec, r)
			*log = append(*log, fmt.Sprintf("%s %s -> %d", r.Method, r.URL.Path, rec.status))
		})
	}
}

func Auth(tokens map[string]string) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			tok := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
			user, ok := tokens[tok]
			if !ok {
				http.Error(w, "unauthorized", http.StatusUnauthorized)
				return
			}
			r.Header.Set("X-User", user)
			next.ServeHTTP(w, r)
		})
	}
}

func Recover(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if err := recover(); err != nil {
				http.Error(w, fmt.Sprintf("internal error: %v", err), http.StatusInternalServerError)
			}
		}()
		next.ServeHTTP(w, r)
	})
}

func Header(key, val string) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set(key, val)
			next.ServeHTTP(w, r)
		})
	}
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /hello/{name}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "hello %s, I am %s", r.PathValue("name"), r.Header.Get("X-User"))
	})
	mux.HandleFunc("GET /boom", func(w http.ResponseWriter, r *http.Request) {
		var m map[string]int
		m["x"] = 1
	})
	mux.HandleFunc("POST /items", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusCreated)
		fmt.Fprint(w, "created")
	})

	var log []string
	app := Chain(mux, Logging(&log), Header("X-App", "demo"), Recover,
		Auth(map[string]string{"t1": "alice", "t2": "bob"}))

	reqs := []struct{ method, path, token string }{
		{"GET", "/hello/gopher", "t1"},
		{"GET", "/hello/world", "bad"},
		{"GET", "/boom", "t2"},
		{"POST", "/items", "t2"},
		{"GET", "/missing", "t1"},
	}
	for _, rq := range reqs {
		req := httptest.NewRequest(rq.method, rq.path, nil)
		req.Header.Set("Authorization", "Bearer "+rq.token)
		rr := httptest.NewRecorder()
		app.ServeHTTP(rr, req)
		fmt.Printf("%d %q app=%s\n", rr.Code, strings.TrimSpace(rr.Body.String()), rr.Header().Get("X-App"))
	}
	fmt.Println(strings.Join(log, "\n"))
}
