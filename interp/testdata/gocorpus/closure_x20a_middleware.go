package main

import (
	"fmt"
	"strings"
)

type Handler func(req string) (string, error)

type Middleware func(Handler) Handler

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func Logging(log *[]string) Middleware {
	return func(next Handler) Handler {
		return func(req string) (string, error) {
			*log = append(*log, "-> "+req)
			resp, err := next(req)
			*log = append(*log, fmt.Sprintf("<- %q err=%v", resp, err))
			return resp, err
		}
	}
}

func Upper(next Handler) Handler {
	return func(req string) (string, error) {
		r, err := next(req)
		return strings.ToUpper(r), err
	}
}

func Recover(next Handler) Handler {
	return func(req string) (resp string, err error) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("recovered: %v", r)
			}
		}()
		return next(req)
	}
}

func Cache() Middleware {
	cache := map[string]string{}
	hits := 0
	return func(next Handler) Handler {
		return func(req string) (string, error) {
			if v, ok := cache[req]; ok {
				hits++
				return fmt.Sprintf("%s (cached %d)", v, hits), nil
			}
			v, err := next(req)
			if err == nil {
				cache[req] = v
			}
			return v, err
		}
	}
}

func hello(req string) (string, error) {
	switch req {
	case "":
		return "", fmt.Errorf("empty request")
	case "boom":
		var m map[string]int
		m["x"] = 1
	case "idx":
		s := []int{1}
		i := 3
		return fmt.Sprint(s[i]), nil
	}
	return "hello, " + req, nil
}

func main() {
	var log []string
	h := Chain(hello, Logging(&log), Recover, Cache(), Upper)
	for _, r := range []string{"gopher", "", "boom", "gopher", "idx", "gopher"} {
		resp, err := h(r)
		fmt.Printf("%-8q => %q, %v\n", r, resp, err)
	}
	fmt.Println(strings.Join(log, "\n"))
}
