// Family: anonymous struct type whose field points back to the enclosing named type
// (smallest form: a field of type *struct{ n *node } inside node).
// go run:      1
// gobackprop:  panic: reflect.Set: value of type *struct { Xn *struct { Xv float64; Xpar *struct { Xn *unsafe2.dummy } } }
//
//	is not assignable to type *struct { Xn *unsafe2.dummy }   (no output; both styles)
//
// Declaring the type alone (no value of the anonymous type built) runs fine.
package main

import "fmt"

type node struct {
	v   float64
	par *struct{ n *node }
}

func main() {
	a := &node{v: 1}
	b := &node{v: 2}
	b.par = &struct{ n *node }{a}
	fmt.Println(b.par.n.v)
}
