// go run:      1 2
// gobackprop:  CompileError: a key Rect{1, 1} of a type with methods in a map keyed by
//
//	Shape (the interpreter hashes such a value by where it was put in the
//	interface, not by its value) is not supported by gobackprop: key the map
//	by the type itself (map[Rect]...) or by a string made from the value
//
// (both styles; clear error, refused up front). A map keyed by an interface type
// with a comparable struct value that has methods. Found by iface_x23b_shapes_pricing.go.
package main

import "fmt"

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

func main() {
	m := map[Shape]int{Rect{1, 1}: 1}
	m[Rect{1, 1}]++
	fmt.Println(len(m), m[Rect{1, 1}])
}
