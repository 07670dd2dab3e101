// Reduced from generics_x25b_method_constraint.go (both styles): SILENT WRONG ANSWER.
// A generic function over `comparable`, instantiated with an interface type (any or a
// method interface), compares two interface values that hold equal values of a notebook
// STRUCT type that has methods: == says false, and map[S] keys do not collapse.
// (Same with a named int with methods: correct. Struct without methods in any: correct.
//
//	The non-generic map[Shape]bool version is correct.)
//
// go run:      true true 2
// gobackprop:  false false 1        (no error)
package main

import "fmt"

type Shape interface{ Area() float64 }

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return c.R }

func Eq[S comparable](a, b S) bool { return a == b }

func Count[S comparable](xs []S) int {
	m := map[S]int{}
	for _, x := range xs {
		m[x]++
	}
	return m[xs[0]]
}

func main() {
	fmt.Println(Eq[Shape](Circle{1}, Circle{1}), Eq[any](Circle{1}, Circle{1}), Count([]Shape{Circle{1}, Circle{1}}))
}
