// Exercises: method promotion depth - shallower embedded method wins over deeper one.
package main

import "fmt"

type A struct{}

func (A) Who() string { return "A" }

type B struct{ A }

type C struct{}

func (C) Who() string { return "C" }

type Outer struct {
	B
	C2 struct{ C }
}

type Direct struct {
	B
	C
}

func main() {
	o := Outer{}
	fmt.Println(o.Who(), o.C2.Who())
	d := Direct{}
	fmt.Println(d.B.Who(), d.C.Who())
}
