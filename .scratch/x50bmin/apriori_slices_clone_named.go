// Reduction of algo_x50b_apriori.go.
// Go prints: 2 [x y]
// Session (both styles, program and notebook) prints nothing and reports
//
//	CompileError: c.Key undefined (type []string has no field or method Key)
//
// slices.Clone[S ~[]E, E any](s S) S must return the named type Itemset, but
// the session types the result as the underlying []string, so the method set
// is lost. The same happens with append(slices.Clone(a), "z").
package main

import (
	"fmt"
	"slices"
)

type Itemset []string

func (s Itemset) Key() string { return fmt.Sprint(len(s), s) }

func main() {
	a := Itemset{"x", "y"}
	c := slices.Clone(a)
	fmt.Println(c.Key())
}
