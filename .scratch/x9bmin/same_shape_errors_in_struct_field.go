// SILENT: Go prints "{[bad a ptr b]}"; the session prints "{[bad a %!v(PANIC=Format method: a value stored in an interface could be any of *main.PErr or *main.VErr ...)" with no error - the lowering's refusal is a panic inside a Format method, which fmt recovers and prints as text.
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
