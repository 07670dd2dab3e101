package main

import (
	"errors"
	"fmt"
)

type VErr struct{ F string }

func (v VErr) Error() string { return "bad " + v.F }

type PErr struct{ F string }

func (p *PErr) Error() string { return "ptr " + p.F }

type Report struct {
	Errs  []error
	First error
	V     VErr
	P     *PErr
}

func main() {
	r := Report{[]error{VErr{"a"}, &PErr{"b"}}, VErr{"c"}, VErr{"d"}, &PErr{"e"}}
	fmt.Printf("%v\n%+v\n", r, r)
	fmt.Println(map[string]error{"k": VErr{"m"}}, []VErr{{"s"}}, []*PErr{{"t"}})
	fmt.Println(errors.Join(VErr{"j1"}, &PErr{"j2"}))
	fmt.Printf("%q %x\n", VErr{"q"}, VErr{"x"})
}
