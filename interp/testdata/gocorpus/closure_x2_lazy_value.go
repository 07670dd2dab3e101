// Exercises: lazy evaluation: a closure computes a value on first call and caches it.
package main

import (
	"fmt"
	"strings"
)

func Lazy(compute func() string) func() string {
	var (
		done  bool
		value string
	)
	return func() string {
		if !done {
			fmt.Println("  (computing)")
			value = compute()
			done = true
		}
		return value
	}
}

type Report struct {
	lines []string
	body  func() string
}

func NewReport(lines ...string) *Report {
	r := &Report{lines: lines}
	r.body = Lazy(func() string { return strings.Join(r.lines, "\n") })
	return r
}

func main() {
	greeting := Lazy(func() string { return strings.Repeat("hi ", 3) })
	fmt.Println("created")
	fmt.Println(greeting())
	fmt.Println(greeting())

	r := NewReport("a", "b")
	r.lines = append(r.lines, "c")
	fmt.Println(r.body())
	r.lines = nil
	fmt.Println(r.body())

	makers := []func() string{}
	for _, n := range []int{1, 2, 3} {
		makers = append(makers, Lazy(func() string { return fmt.Sprint(n * 100) }))
	}
	fmt.Println(makers[2](), makers[0](), makers[2]())
}
