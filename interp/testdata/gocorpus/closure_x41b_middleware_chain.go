package main

import (
	"errors"
	"fmt"
	"strings"
)

type Context struct {
	Path    string
	User    string
	Values  map[string]any
	Status  int
	Body    strings.Builder
	aborted bool
}

type Handler func(*Context) error

type Middleware func(Handler) Handler

func Chain(h Handler, mws ...Middleware) Handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

func Logger(log *[]string) Middleware {
	return func(next Handler) Handler {
		return func(c *Context) error {
			*log = append(*log, "-> "+c.Path)
			err := next(c)
			*log = append(*log, fmt.Sprintf("<- %s %d err=%v", c.Path, c.Status, err))
			return err
		}
	}
}

var ErrUnauthorized = errors.New("unauthorized")

func Auth(allowed ...string) Middleware {
	set := map[string]bool{}
	for _, a := range allowed {
		set[a] = true
	}
	return func(next Handler) Handler {
		return func(c *Context) error {
			if !set[c.User] {
				c.Status = 401
				return fmt.Errorf("user %q: %w", c.User, ErrUnauthorized)
			}
			c.Values["role"] = "member"
			return next(c)
		}
	}
}

func Recover() Middleware {
	return func(next Handler) Handler {
		return func(c *Context) (err error) {
			defer func() {
				if r := recover(); r != nil {
					c.Status = 500
					err = fmt.Errorf("internal error: %v", r)
				}
			}()
			return next(c)
		}
	}
}

func Counter() (Middleware, func() map[string]int) {
	counts := map[string]int{}
	mw := func(next Handler) Handler {
		return func(c *Context) error {
			counts[c.Path]++
			return next(c)
		}
	}
	return mw, func() map[string]int { return counts }
}

func main() {
	var log []string
	count, stats := Counter()
	routes := map[string]Handler{
		"/hello": func(c *Context) error {
			c.Status = 200
			fmt.Fprintf(&c.Body, "Hello, %s (%v)", c.User, c.Values["role"])
			return nil
		},
		"/panic": func(c *Context) error {
			var m map[string]int
			m["boom"]++
			return nil
		},
	}
	router := func(c *Context) error {
		h, ok := routes[c.Path]
		if !ok {
			c.Status = 404
			return errors.New("not found: " + c.Path)
		}
		return h(c)
	}
	app := Chain(router, Logger(&log), count, Recover(), Auth("ann", "bob"))
	reqs := [][2]string{{"/hello", "ann"}, {"/hello", "eve"}, {"/panic", "bob"}, {"/missing", "ann"}, {"/hello", "bob"}}
	for _, r := range reqs {
		c := &Context{Path: r[0], User: r[1], Values: map[string]any{}}
		err := app(c)
		fmt.Printf("%-9s %-4s status=%d body=%q unauthorized=%v\n", r[0], r[1], c.Status, c.Body.String(), errors.Is(err, ErrUnauthorized))
		if err != nil {
			fmt.Println("   error:", err)
		}
	}
	fmt.Println(strings.Join(log, "\n"))
	fmt.Println(stats())
	var adders []func() int
	for i := range 3 {
		adders = append(adders, func() int { return i * 10 })
	}
	for _, a := range adders {
		fmt.Print(a(), " ")
	}
	fmt.Println()
}
