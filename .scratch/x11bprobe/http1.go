package main

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

type appError struct {
	Err  error
	Code int
}

type appHandler func(http.ResponseWriter, *http.Request) *appError

func (fn appHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if e := fn(w, r); e != nil {
		http.Error(w, e.Err.Error(), e.Code)
	}
}

func view(w http.ResponseWriter, r *http.Request) *appError {
	id := r.URL.Query().Get("id")
	if id == "" {
		return &appError{errors.New("missing id"), 400}
	}
	fmt.Fprintf(w, "record %s", strings.ToUpper(id))
	return nil
}

type counter struct{ n int }

func (c *counter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	c.n++
	w.Header().Set("X-Count", fmt.Sprint(c.n))
	io.WriteString(w, r.Method)
}

func main() {
	mux := http.NewServeMux()
	mux.Handle("/view", appHandler(view))
	c := &counter{}
	mux.Handle("/count", c)
	for _, target := range []string{"/view?id=ab", "/view", "/count", "/count", "/nope"} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest("GET", target, nil))
		fmt.Printf("%s -> %d %q %s\n", target, rec.Code, strings.TrimSpace(rec.Body.String()), rec.Header().Get("X-Count"))
	}
}
