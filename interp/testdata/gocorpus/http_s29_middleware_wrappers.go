package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
)

// Middleware wrappers around http.ResponseWriter: forwarding Flush to the
// writer they embed, and an Unwrap the handler asserts on.
type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (w *statusWriter) WriteHeader(code int) {
	w.status = code
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(p []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(p)
	w.bytes += n
	return n, err
}

func (w *statusWriter) Flush() {
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func logging(next http.Handler, log *strings.Builder) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		sw.Flush()
		fmt.Fprintf(log, "%s %s -> %d (%d bytes)\n", r.Method, r.URL.Path, sw.status, sw.bytes)
	})
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /hello/{name}", func(w http.ResponseWriter, r *http.Request) {
		_, unwraps := w.(interface{ Unwrap() http.ResponseWriter })
		fmt.Fprintf(w, "hello %s (wrapped: %v)", r.PathValue("name"), unwraps)
	})
	mux.HandleFunc("POST /items", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusCreated)
		fmt.Fprint(w, "created")
	})
	var log strings.Builder
	h := logging(mux, &log)
	for _, req := range []*http.Request{
		httptest.NewRequest("GET", "/hello/ada", nil),
		httptest.NewRequest("POST", "/items", strings.NewReader("{}")),
		httptest.NewRequest("DELETE", "/items", nil),
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		fmt.Printf("%d %q flushed=%v\n", rec.Code, strings.TrimSpace(rec.Body.String()), rec.Flushed)
	}
	fmt.Print(log.String())
}
