// Exercises: a named func type with a method (adapter pattern), map[string]BinOp dispatch, func values compared to nil, a Handler interface satisfied by the func type.
package main

import (
	"fmt"
	"sort"
)

type BinOp func(a, b int) int

func (f BinOp) Apply(xs ...int) int {
	acc := xs[0]
	for _, x := range xs[1:] {
		acc = f(acc, x)
	}
	return acc
}

type Handler interface{ Handle(req string) string }

type HandlerFunc func(string) string

func (f HandlerFunc) Handle(req string) string { return f(req) }

func logged(h Handler) Handler {
	return HandlerFunc(func(req string) string { return "[" + h.Handle(req) + "]" })
}

func main() {
	ops := map[string]BinOp{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
		"max": func(a, b int) int { return max(a, b) },
	}
	names := make([]string, 0, len(ops))
	for k := range ops {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, ops[n].Apply(3, 4, 5), ops[n](2, 9))
	}
	fmt.Println(ops["sub"] == nil, ops["add"] != nil)
	var h Handler = HandlerFunc(func(s string) string { return "hello " + s })
	fmt.Println(h.Handle("gopher"), logged(logged(h)).Handle("x"))
	sub := BinOp(func(a, b int) int { return a - b })
	fmt.Println(sub.Apply(100, 1, 2, 3), fmt.Sprintf("%T", sub))
	apply := sub.Apply
	fmt.Println(apply(10, 1))
}
