package main

import "fmt"

type Inner struct{ n int }

func (i *Inner) String() string { return fmt.Sprint("inner ", i.n) }

type Outer struct {
	Inner
	tag string
}

func main() {
	o := Outer{Inner{1}, "t"}
	fmt.Println(o)
	fmt.Println(&o)
	fmt.Println([]*Outer{&o}, []Outer{o})
	var s fmt.Stringer = &o
	fmt.Println(s.String())
}
