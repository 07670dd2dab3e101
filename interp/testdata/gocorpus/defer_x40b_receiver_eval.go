package main

import (
	"fmt"
	"strings"
)

type Conn struct {
	name   string
	closed bool
}

func (c *Conn) Close() {
	c.closed = true
	fmt.Println("close", c.name)
}

func (c Conn) Report() { fmt.Println("report", c.name, c.closed) }

type Stack struct{ items []string }

func (s *Stack) Push(v string) *Stack {
	s.items = append(s.items, v)
	return s
}

func process(names []string) (summary string) {
	var out []string
	defer func() { summary = strings.Join(out, "+") + " (final)" }()
	for _, n := range names {
		c := &Conn{name: n}
		defer c.Close()
		out = append(out, n)
	}
	return "ignored"
}

func triple() (a, b int) {
	defer func() { a, b = b, a }()
	return 1, 2
}

func indexOf(s string, r byte) (i int) {
	defer func() {
		if i < 0 {
			i = len(s)
		}
	}()
	return strings.IndexByte(s, r)
}

func main() {
	c := &Conn{name: "first"}
	defer c.Close()
	c = &Conn{name: "second"}
	defer c.Close()

	v := Conn{name: "val"}
	defer v.Report()
	v.name = "changed"
	v.closed = true

	s := &Stack{}
	defer fmt.Println("stack at defer:", s.Push("a").Push("b").items)
	s.Push("c")
	defer func() { fmt.Println("stack at end:", s.items) }()

	fmt.Println(process([]string{"x", "y", "z"}))
	fmt.Println(triple())
	fmt.Println(indexOf("hello", 'l'), indexOf("hello", 'z'))

	// defer in a loop body closure per iteration
	for i := range 3 {
		func() {
			defer fmt.Print("end", i, " ")
			fmt.Print("start", i, " ")
		}()
	}
	fmt.Println()

	// deferred call of nil func panics at execution, not at defer statement
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		var f func()
		defer f()
		fmt.Println("nil func deferred, still running")
	}()

	// arguments to deferred builtin evaluated immediately
	m := map[string]int{"k": 1}
	defer fmt.Println("m[k] at defer:", m["k"], len(m))
	m["k"] = 2
	m["j"] = 3
	fmt.Println("main body done")
}
