// Family: anonymous struct type whose field points back to the enclosing named type.
// From algo_x25a_dual_vs_reverse.go (both styles).
// go run:      1 1 0.5
// gobackprop:  CompileError: cannot use type struct { n *struct {}; w float64} as type
//
//	struct { Xn *unsafe2.dummy; Xw float64 }   (no output; both styles)
//
// See anon_ptr_self_ref.go for the pointer variant, which fails at run time instead.
package main

import "fmt"

type node struct {
	v   float64
	par []struct {
		n *node
		w float64
	}
}

func main() {
	a, b := &node{v: 1}, &node{v: 2}
	b.par = append(b.par, struct {
		n *node
		w float64
	}{a, 0.5})
	fmt.Println(len(b.par), b.par[0].n.v, b.par[0].w)
}
