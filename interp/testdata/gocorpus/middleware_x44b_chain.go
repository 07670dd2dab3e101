package main

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
)

type ctxKey string

const requestIDKey ctxKey = "request-id"

type Middleware func(http.Handler) http.Handler

func Chain(h http.Handler, mws ...Middleware) http.Handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

func RequestID() Middleware {
	n := 0
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			n++
			id := "req-" + strconv.Itoa(n)
			w.Header().Set("X-Request-ID", id)
			ctx := context.WithValue(r.Context(), requestIDKey, id)
			next.ServeHTTP(w, r.WithContext(ctx))
		})
	}
}

func Logging(logger *slog.Logger) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			id, _ := r.Context().Value(requestIDKey).(string)
			logger.Info("request started", "id", id, "method", r.Method, "path", r.URL.Path)
			next.ServeHTTP(w, r)
			logger.Info("request finished", "id", id)
		})
	}
}

func Tag(name string) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Add("X-Trace", name)
			next.ServeHTTP(w, r)
		})
	}
}

func main() {
	logger := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Attr{}
			}
			return a
		},
	}))

	hello := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Context().Value(requestIDKey)
		fmt.Fprintf(w, "hello %s (id=%v)", r.URL.Query().Get("name"), id)
	})

	h := Chain(hello, RequestID(), Tag("outer"), Logging(logger), Tag("inner"))

	for _, name := range []string{"ada", "grace", ""} {
		req := httptest.NewRequest(http.MethodGet, "/hello?name="+name, nil)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		res := rec.Result()
		fmt.Println(res.StatusCode, rec.Body.String())
		fmt.Println("  X-Request-ID:", res.Header.Get("X-Request-ID"))
		fmt.Println("  X-Trace:", res.Header.Values("X-Trace"))
	}
}
