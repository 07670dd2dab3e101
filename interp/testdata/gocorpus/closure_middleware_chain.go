// Exercises: wrapping function values with closures to build a middleware chain.
package main

import (
	"fmt"
	"strings"
)

type Handler func(string) string

func upper(next Handler) Handler {
	return func(s string) string { return next(strings.ToUpper(s)) }
}

func exclaim(next Handler) Handler {
	return func(s string) string { return next(s) + "!" }
}

func logged(name string, next Handler) Handler {
	return func(s string) string {
		fmt.Println("enter", name, "with", s)
		r := next(s)
		fmt.Println("leave", name, "with", r)
		return r
	}
}

func main() {
	base := Handler(func(s string) string { return "<" + s + ">" })
	h := logged("outer", upper(exclaim(logged("inner", base))))
	fmt.Println(h("hello"))
}
