package main

import (
	"fmt"
	"strings"
)

type Request struct {
	Path    string
	Headers map[string]string
}

type Response struct {
	Status int
	Body   string
}

type Handler func(*Request) Response

type Middleware func(Handler) Handler

func Chain(h Handler, mws ...Middleware) Handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

func Logger(log *[]string) Middleware {
	return func(next Handler) Handler {
		return func(r *Request) Response {
			*log = append(*log, "-> "+r.Path)
			resp := next(r)
			*log = append(*log, fmt.Sprintf("<- %s %d", r.Path, resp.Status))
			return resp
		}
	}
}

func Auth(token string) Middleware {
	return func(next Handler) Handler {
		return func(r *Request) Response {
			if r.Headers["Authorization"] != "Bearer "+token {
				return Response{401, "unauthorized"}
			}
			return next(r)
		}
	}
}

func Recover() Middleware {
	return func(next Handler) Handler {
		return func(r *Request) (resp Response) {
			defer func() {
				if v := recover(); v != nil {
					resp = Response{500, fmt.Sprint("panic: ", v)}
				}
			}()
			return next(r)
		}
	}
}

func main() {
	var log []string
	app := func(r *Request) Response {
		if strings.HasPrefix(r.Path, "/crash") {
			var m map[string]int
			m["x"]++
		}
		if r.Path == "/boom" {
			panic("boom!")
		}
		return Response{200, "hello " + strings.TrimPrefix(r.Path, "/")}
	}
	h := Chain(app, Logger(&log), Recover(), Auth("s3cret"))
	reqs := []*Request{
		{"/world", map[string]string{"Authorization": "Bearer s3cret"}},
		{"/world", map[string]string{}},
		{"/boom", map[string]string{"Authorization": "Bearer s3cret"}},
		{"/crash", map[string]string{"Authorization": "Bearer s3cret"}},
	}
	for _, r := range reqs {
		resp := h(r)
		fmt.Printf("%s => %d %q\n", r.Path, resp.Status, resp.Body)
	}
	fmt.Println(strings.Join(log, "\n"))
}
