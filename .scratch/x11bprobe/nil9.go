package main

import (
	"fmt"
	"io"
)

type VErr struct{ Field string }

func (v *VErr) Error() string { return "bad " + v.Field }

func validate(s string) *VErr {
	if s == "" {
		return &VErr{"name"}
	}
	return nil
}

type Result struct {
	Name string
	Err  error
}

type T struct{}

func (t *T) String() string             { return "T" }
func (t *T) Read(p []byte) (int, error) { return 0, io.EOF }

func main() {
	rs := []Result{{"a", validate("a")}, {"", validate("")}}
	for _, r := range rs {
		fmt.Println(r.Name, r.Err != nil)
	}
	var p *T
	fmt.Println([]fmt.Stringer{p}[0] != nil, []io.Reader{p}[0] != nil)
	var errs []error
	errs = append(errs, validate("ok"))
	fmt.Println(errs[0] != nil, len(errs))
}
