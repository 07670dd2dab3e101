// Exercises: %v %+v %#v %T on structs, pointers to structs (&{...}), nested structs, slices of structs
package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	Name  string
	In    Inner
	P     *Inner
	Items []Inner
}

func main() {
	in := Inner{1, "x"}
	o := Outer{"o", in, &in, []Inner{{2, "y"}}}
	fmt.Printf("%v\n", in)
	fmt.Printf("%+v\n", in)
	fmt.Printf("%#v\n", in)
	fmt.Printf("%T %T %T\n", in, &in, o.Items)
	fmt.Println(&in)
	fmt.Printf("%+v\n", o.Items)
	fmt.Printf("%v %+v\n", o.In, []*Inner{} == nil)
}
