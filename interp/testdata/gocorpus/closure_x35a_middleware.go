package main

import (
	"errors"
	"fmt"
	"strings"
)

type Request struct {
	Path string
	User string
}

type HandlerFunc func(Request) (string, error)

type Middleware func(HandlerFunc) HandlerFunc

func Logging(log *[]string) Middleware {
	return func(next HandlerFunc) HandlerFunc {
		return func(r Request) (string, error) {
			*log = append(*log, "-> "+r.Path)
			resp, err := next(r)
			*log = append(*log, fmt.Sprintf("<- %s err=%v", r.Path, err))
			return resp, err
		}
	}
}

func Auth(allowed ...string) Middleware {
	ok := map[string]bool{}
	for _, a := range allowed {
		ok[a] = true
	}
	return func(next HandlerFunc) HandlerFunc {
		return func(r Request) (string, error) {
			if !ok[r.User] {
				return "", errors.New("forbidden: " + r.User)
			}
			return next(r)
		}
	}
}

func Recover(next HandlerFunc) HandlerFunc {
	return func(r Request) (resp string, err error) {
		defer func() {
			if p := recover(); p != nil {
				err = fmt.Errorf("internal error: %v", p)
			}
		}()
		return next(r)
	}
}

func Chain(h HandlerFunc, ms ...Middleware) HandlerFunc {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func main() {
	var log []string
	routes := map[string]HandlerFunc{
		"/hello": func(r Request) (string, error) { return "hello, " + r.User, nil },
		"/panic": func(r Request) (string, error) { panic("nil map write") },
		"/upper": func(r Request) (string, error) { return strings.ToUpper(r.User), nil },
	}
	mux := func(r Request) (string, error) {
		h, ok := routes[r.Path]
		if !ok {
			return "", fmt.Errorf("404 %s", r.Path)
		}
		return h(r)
	}
	app := Chain(mux, Logging(&log), Recover, Auth("ann", "bob"))

	reqs := []Request{{"/hello", "ann"}, {"/hello", "eve"}, {"/panic", "bob"}, {"/nope", "ann"}, {"/upper", "bob"}}
	for _, r := range reqs {
		resp, err := app(r)
		if err != nil {
			fmt.Printf("%-7s %-4s ERROR %v\n", r.Path, r.User, err)
		} else {
			fmt.Printf("%-7s %-4s %q\n", r.Path, r.User, resp)
		}
	}
	fmt.Println(strings.Join(log, "\n"))
}
