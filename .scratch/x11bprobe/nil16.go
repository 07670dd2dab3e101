package main

import "fmt"

type VErr struct{}

func (v *VErr) Error() string { return "bad" }

type Form struct{ err *VErr }

func (f *Form) Err() error { return f.err }

func lookup(m map[string]*VErr, k string) error { return m[k] }

func main() {
	m := map[string]*VErr{}
	var err error = m["x"]
	fmt.Println(err != nil, lookup(m, "x") != nil, (&Form{}).Err() != nil)
	var err2 error
	err2 = m["y"]
	fmt.Println(err2 != nil)
	s := []*VErr{nil}
	err3 := error(s[0])
	fmt.Println(err3 != nil)
	f := Form{}
	var err4 error = f.err
	fmt.Println(err4 != nil)
}
