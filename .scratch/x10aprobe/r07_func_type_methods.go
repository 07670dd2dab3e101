package main

import (
	"fmt"
	"strings"
)

type Handler interface{ Serve(string) string }

type HandlerFunc func(string) string

func (f HandlerFunc) Serve(s string) string { return f(s) }

type chain []Handler

func (c chain) Serve(s string) string {
	for _, h := range c {
		s = h.Serve(s)
	}
	return s
}

type prefix struct{ p string }

func (p prefix) Serve(s string) string { return p.p + s }

func main() {
	var h Handler = chain{HandlerFunc(strings.ToUpper), prefix{"> "}, HandlerFunc(func(s string) string { return s + "!" })}
	fmt.Println(h.Serve("hello"))
	serve := h.Serve
	fmt.Println(serve("bye"))
	ops := struct {
		name string
		fn   func(int) int
	}{"double", func(x int) int { return 2 * x }}
	fmt.Println(ops.name, ops.fn(21))
	m := map[string]HandlerFunc{"up": strings.ToUpper}
	fmt.Println(m["up"].Serve("x"), m["up"]("y"))
}
