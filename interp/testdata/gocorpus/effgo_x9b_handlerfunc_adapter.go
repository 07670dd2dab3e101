// Exercises: function types with methods: a HandlerFunc-like adapter satisfying an interface, middleware chaining, a method on a func type calling itself, a func-typed map.
package main

import (
	"fmt"
	"strings"
)

type Request struct{ Path, User string }

type Handler interface{ Serve(r *Request) string }

type HandlerFunc func(r *Request) string

func (f HandlerFunc) Serve(r *Request) string { return f(r) }

type Middleware func(Handler) Handler

func Logging(log *[]string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(r *Request) string {
			*log = append(*log, "enter "+r.Path)
			out := next.Serve(r)
			*log = append(*log, "leave "+r.Path)
			return out
		})
	}
}

func Auth(next Handler) Handler {
	return HandlerFunc(func(r *Request) string {
		if r.User == "" {
			return "401"
		}
		return next.Serve(r)
	})
}

type Mux map[string]Handler

func (m Mux) Serve(r *Request) string {
	if h, ok := m[r.Path]; ok {
		return h.Serve(r)
	}
	return "404"
}

type Pred func(string) bool

func (p Pred) Not() Pred { return func(s string) bool { return !p(s) } }

func main() {
	var log []string
	mux := Mux{
		"/hi":  HandlerFunc(func(r *Request) string { return "hi " + r.User }),
		"/sum": HandlerFunc(func(r *Request) string { return fmt.Sprint(len(r.User) * 2) }),
	}
	var h Handler = Logging(&log)(Auth(mux))
	for _, r := range []*Request{{"/hi", "ann"}, {"/sum", "bob"}, {"/hi", ""}, {"/nope", "x"}} {
		fmt.Println(r.Path, h.Serve(r))
	}
	fmt.Println(strings.Join(log, "|"))
	isShort := Pred(func(s string) bool { return len(s) < 4 })
	fmt.Println(isShort.Not()("gopher"), isShort.Not()("go"), isShort("io"), isShort.Not().Not()("io"))
}
