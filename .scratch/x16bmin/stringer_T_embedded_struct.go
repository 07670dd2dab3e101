// go run: main.G <1 2>
// gobackprop: panic: the type of this value is lost: it is a struct of a type the cell declares,
// which the interpreter keeps in an error or fmt.Stringer with its methods but without its type;
// %T, %#v and errors.As need the type
package main

import "fmt"

type Vec []float64

func (v Vec) String() string { return fmt.Sprintf("<%g %g>", v[0], v[1]) }

type G struct {
	Vec
	Step int
}

func main() {
	var s fmt.Stringer = G{Vec{1, 2}, 1}
	fmt.Printf("%T %v\n", s, s)
}
