package main

import (
	"fmt"
	"sort"
	"strings"
)

type Request struct {
	Method, Path string
	Header       map[string]string
}

type Response struct {
	Status int
	Body   strings.Builder
}

type Handler interface {
	Serve(*Response, *Request)
}

type HandlerFunc func(*Response, *Request)

func (f HandlerFunc) Serve(w *Response, r *Request) { f(w, r) }

type Mux struct {
	routes map[string]Handler
}

func NewMux() *Mux { return &Mux{routes: map[string]Handler{}} }

func (m *Mux) Handle(pattern string, h Handler) { m.routes[pattern] = h }
func (m *Mux) HandleFunc(pattern string, f func(*Response, *Request)) {
	m.Handle(pattern, HandlerFunc(f))
}

func (m *Mux) Serve(w *Response, r *Request) {
	best := ""
	for p := range m.routes {
		if strings.HasPrefix(r.Path, p) && len(p) > len(best) {
			best = p
		}
	}
	if best == "" {
		w.Status = 404
		w.Body.WriteString("not found")
		return
	}
	m.routes[best].Serve(w, r)
}

type Middleware func(Handler) Handler

func Logging(log *[]string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(w *Response, r *Request) {
			next.Serve(w, r)
			*log = append(*log, fmt.Sprintf("%s %s -> %d", r.Method, r.Path, w.Status))
		})
	}
}

func RequireAuth(next Handler) Handler {
	return HandlerFunc(func(w *Response, r *Request) {
		if r.Header["Auth"] != "secret" {
			w.Status = 401
			w.Body.WriteString("unauthorized")
			return
		}
		next.Serve(w, r)
	})
}

type counter map[string]int

func (c counter) Serve(w *Response, r *Request) {
	c[r.Path]++
	w.Status = 200
	fmt.Fprintf(&w.Body, "hits=%d", c[r.Path])
}

func main() {
	var log []string
	mux := NewMux()
	hits := counter{}
	mux.HandleFunc("/", func(w *Response, r *Request) { w.Status = 200; w.Body.WriteString("home") })
	mux.HandleFunc("/hello/", func(w *Response, r *Request) {
		w.Status = 200
		fmt.Fprintf(&w.Body, "hello, %s", strings.TrimPrefix(r.Path, "/hello/"))
	})
	mux.Handle("/admin/", RequireAuth(hits))
	mux.Handle("/count/", hits)
	h := Logging(&log)(mux)
	reqs := []Request{
		{"GET", "/", nil}, {"GET", "/hello/gopher", nil}, {"POST", "/admin/x", nil},
		{"POST", "/admin/x", map[string]string{"Auth": "secret"}}, {"GET", "/count/a", nil}, {"GET", "/count/a", nil},
	}
	for i := range reqs {
		var w Response
		h.Serve(&w, &reqs[i])
		fmt.Printf("%d %q\n", w.Status, w.Body.String())
	}
	fmt.Println(strings.Join(log, "\n"))
	keys := make([]string, 0, len(hits))
	for k := range hits {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, hits)
	var hh Handler = HandlerFunc(nil)
	_, isFunc := hh.(HandlerFunc)
	_, isCounter := hh.(counter)
	fmt.Println(isFunc, isCounter)
}
