// %T of a struct value that embeds an interface (sort.Interface) and overrides one method,
// stored in an interface variable (the sort.Reverse pattern, written by hand).
// Source: iface_x15a_reverse.go (var si sort.Interface = reverse{ByTitle{lib}}; Printf("%T", si)).
//
// go run:      main.reverse 2
// gobackprop:  (both styles) panic(*errors.errorString): the type of this value is lost: it is a
//
//	struct of a type the cell declares, which the interpreter keeps in an error or
//	fmt.Stringer with its methods but without its type; %T, %#v and errors.As need the
//	type - use a pointer to the struct as the error (return &MyErr{...})
package main

import (
	"fmt"
	"sort"
)

type reverse struct{ sort.Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

func main() {
	var si sort.Interface = reverse{sort.IntSlice{3, 1}}
	fmt.Printf("%T %d\n", si, si.Len())
}
