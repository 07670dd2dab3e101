package main

import (
	"errors"
	"fmt"
	"strings"
)

type Request struct {
	Path   string
	User   string
	Header map[string]string
}

type Response struct {
	Code int
	Body string
}

type Handler func(*Request) Response

type Middleware func(Handler) Handler

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func Logging(log *[]string) Middleware {
	return func(next Handler) Handler {
		return func(r *Request) Response {
			resp := next(r)
			*log = append(*log, fmt.Sprintf("%s %s -> %d", r.User, r.Path, resp.Code))
			return resp
		}
	}
}

var errForbidden = errors.New("forbidden")

func Auth(allowed ...string) Middleware {
	set := map[string]struct{}{}
	for _, a := range allowed {
		set[a] = struct{}{}
	}
	return func(next Handler) Handler {
		return func(r *Request) Response {
			if _, ok := set[r.User]; !ok {
				return Response{403, errForbidden.Error()}
			}
			return next(r)
		}
	}
}

func Recover(next Handler) Handler {
	return func(r *Request) (resp Response) {
		defer func() {
			if e := recover(); e != nil {
				resp = Response{500, fmt.Sprint("internal: ", e)}
			}
		}()
		return next(r)
	}
}

func main() {
	var log []string
	hits := map[string]int{}
	app := func(r *Request) Response {
		hits[r.Path]++
		switch {
		case r.Path == "/boom":
			panic("kaboom")
		case strings.HasPrefix(r.Path, "/hello/"):
			return Response{200, "hello " + strings.TrimPrefix(r.Path, "/hello/") + r.Header["X-Suffix"]}
		}
		return Response{404, "nope"}
	}
	h := Chain(app, Logging(&log), Recover, Auth("ann", "bo"))
	reqs := []Request{
		{Path: "/hello/world", User: "ann", Header: map[string]string{"X-Suffix": "!"}},
		{Path: "/hello/x", User: "eve"},
		{Path: "/boom", User: "bo"},
		{Path: "/missing", User: "bo"},
		{Path: "/hello/world", User: "bo"},
	}
	for i := range reqs {
		resp := h(&reqs[i])
		fmt.Printf("%d %q\n", resp.Code, resp.Body)
	}
	fmt.Println(strings.Join(log, "\n"))
	fmt.Println(hits)
}
