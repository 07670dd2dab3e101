// Exercises: two error or Stringer types of one structure printed from an interface inside a struct field or a map[string]any: a clear error, never fmt's %!v(PANIC=...) text
package main

import "fmt"

type VErr struct{ F string }

func (v VErr) Error() string { return "bad " + v.F }

type PErr struct{ F string }

func (p *PErr) Error() string { return "ptr " + p.F }

type Report struct{ Errs []error }

func main() {
	fmt.Println(Report{[]error{VErr{"a"}, &PErr{"b"}}})
}
