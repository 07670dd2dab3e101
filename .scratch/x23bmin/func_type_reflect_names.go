// go run:      main.M main.G
//
//	func(main.G)
//
// gobackprop:  int struct { A int }
//
//	func(struct { A int })
//
// (both styles, no error: SILENT). reflect.TypeOf of a function value (declared
// func, func literal, nil func variable, generic instantiation F[G]) reports its
// parameter/result types by their underlying types, losing the type names.
// %T on the same value and reflect.TypeOf([]func(G){}) print correctly.
// Found by reflect_x23b_struct_table.go: reflect.TypeOf(Table[Pair]).String().
package main

import (
	"fmt"
	"reflect"
)

type M int
type G struct{ A int }

func H(x M, g G) {}

func main() {
	fmt.Println(reflect.TypeOf(H).In(0), reflect.TypeOf(H).In(1))
	var fn func(G)
	fmt.Println(reflect.TypeOf(fn))
}
