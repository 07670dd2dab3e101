package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type Request struct {
	Method, Path string
	Headers      map[string]string
	At           time.Time
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

func Logging(log *[]string) Middleware {
	return func(next Handler) Handler {
		return func(r *Request) Response {
			resp := next(r)
			*log = append(*log, fmt.Sprintf("%s %s %s -> %d", r.At.Format("15:04:05"), r.Method, r.Path, resp.Status))
			return resp
		}
	}
}

func Auth(tokens map[string]string) Middleware {
	return func(next Handler) Handler {
		return func(r *Request) Response {
			user, ok := tokens[r.Headers["Authorization"]]
			if !ok {
				return Response{401, "unauthorized"}
			}
			r.Headers["X-User"] = user
			return next(r)
		}
	}
}

func Recover() Middleware {
	return func(next Handler) Handler {
		return func(r *Request) (resp Response) {
			defer func() {
				if e := recover(); e != nil {
					resp = Response{500, fmt.Sprint("internal error: ", e)}
				}
			}()
			return next(r)
		}
	}
}

func RateLimit(per time.Duration) Middleware {
	last := map[string]time.Time{}
	return func(next Handler) Handler {
		return func(r *Request) Response {
			u := r.Headers["X-User"]
			if t, ok := last[u]; ok && r.At.Sub(t) < per {
				return Response{429, fmt.Sprintf("retry in %v", per-r.At.Sub(t))}
			}
			last[u] = r.At
			return next(r)
		}
	}
}

func main() {
	routes := map[string]Handler{
		"/hello": func(r *Request) Response { return Response{200, "hello " + r.Headers["X-User"]} },
		"/div": func(r *Request) Response {
			parts := strings.Split(r.Headers["Q"], "/")
			a, b := len(parts[0]), len(parts[1])
			return Response{200, fmt.Sprint(a / b)}
		},
	}
	mux := func(r *Request) Response {
		if h, ok := routes[r.Path]; ok {
			return h(r)
		}
		return Response{404, "no route " + r.Path}
	}
	var log []string
	app := Chain(mux, Logging(&log), Recover(), Auth(map[string]string{"t1": "ann", "t2": "bo"}), RateLimit(2*time.Second))

	t0 := time.Date(2024, 8, 1, 12, 0, 0, 0, time.UTC)
	reqs := []struct {
		off   time.Duration
		path  string
		token string
		q     string
	}{
		{0, "/hello", "t1", ""},
		{time.Second, "/hello", "t1", ""},
		{1500 * time.Millisecond, "/hello", "t2", ""},
		{2 * time.Second, "/hello", "bad", ""},
		{3 * time.Second, "/div", "t1", "abcd/ab"},
		{6 * time.Second, "/div", "t1", "abc/"},
		{9 * time.Second, "/nope", "t2", ""},
	}
	statuses := map[int]int{}
	for _, q := range reqs {
		r := &Request{"GET", q.path, map[string]string{"Authorization": q.token, "Q": q.q}, t0.Add(q.off)}
		resp := app(r)
		statuses[resp.Status]++
		fmt.Printf("%-6s %-4s %d %s\n", q.path, q.token, resp.Status, resp.Body)
	}
	fmt.Println(strings.Join(log, "\n"))
	codes := make([]int, 0, len(statuses))
	for c := range statuses {
		codes = append(codes, c)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(codes)))
	for _, c := range codes {
		fmt.Printf("%d:%d ", c, statuses[c])
	}
	fmt.Println()
}
