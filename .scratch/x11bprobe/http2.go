package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
)

type appHandler func(http.ResponseWriter, *http.Request) error

func (fn appHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := fn(w, r); err != nil {
		http.Error(w, err.Error(), 500)
	}
}

func hello(w http.ResponseWriter, r *http.Request) error {
	fmt.Fprint(w, "hi")
	return nil
}

func main() {
	rec := httptest.NewRecorder()
	var h http.Handler = appHandler(hello)
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	fmt.Println(rec.Code, rec.Body.String())
	mux := http.NewServeMux()
	mux.Handle("/", appHandler(hello))
	rec = httptest.NewRecorder()
	mux.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	fmt.Println(rec.Code, rec.Body.String())
}
