package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
)

type apiError struct {
	Status  int    `json:"status"`
	Message string `json:"message"`
}

func Recoverer(log *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			rv := recover()
			if rv == nil {
				return
			}
			if rv == http.ErrAbortHandler {
				panic(rv)
			}
			var msg string
			switch v := rv.(type) {
			case error:
				msg = "error: " + v.Error()
			case string:
				msg = "string: " + v
			default:
				msg = fmt.Sprintf("%T: %v", v, v)
			}
			log.Error("panic recovered", "path", r.URL.Path, "value", msg)
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusInternalServerError)
			json.NewEncoder(w).Encode(apiError{Status: 500, Message: "internal server error"})
		}()
		next.ServeHTTP(w, r)
	})
}

func divide(w http.ResponseWriter, r *http.Request) {
	a, _ := strconv.Atoi(r.URL.Query().Get("a"))
	b, _ := strconv.Atoi(r.URL.Query().Get("b"))
	fmt.Fprintf(w, "%d\n", a/b)
}

func main() {
	log := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
			if a.Key == "time" {
				return slog.Attr{}
			}
			return a
		},
	}))
	mux := http.NewServeMux()
	mux.HandleFunc("/div", divide)
	mux.HandleFunc("/index", func(w http.ResponseWriter, r *http.Request) {
		xs := []int{1, 2, 3}
		i, _ := strconv.Atoi(r.URL.Query().Get("i"))
		fmt.Fprintln(w, xs[i])
	})
	mux.HandleFunc("/custom", func(w http.ResponseWriter, r *http.Request) {
		panic(errors.New("custom failure"))
	})
	mux.HandleFunc("/str", func(w http.ResponseWriter, r *http.Request) {
		panic("plain string")
	})
	mux.HandleFunc("/struct", func(w http.ResponseWriter, r *http.Request) {
		panic(apiError{Status: 418, Message: "teapot"})
	})
	mux.HandleFunc("/nilmap", func(w http.ResponseWriter, r *http.Request) {
		var m map[string]int
		m["x"] = 1
	})
	h := Recoverer(log, mux)
	for _, target := range []string{"/div?a=10&b=3", "/div?a=1&b=0", "/index?i=1", "/index?i=5", "/custom", "/str", "/struct", "/nilmap"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", target, nil))
		fmt.Printf("%s => %d %s", target, rec.Code, rec.Body.String())
	}
	func() {
		defer func() { fmt.Println("re-panicked:", recover() == http.ErrAbortHandler) }()
		Recoverer(log, http.HandlerFunc(func(http.ResponseWriter, *http.Request) { panic(http.ErrAbortHandler) })).
			ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/", nil))
	}()
}
