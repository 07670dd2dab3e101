// Go prints:
//
//	map[a:1]
//	[]
//
// Whole-program style: the session fails with an internal error
// "panic(*interp.cfgError): 3:280: CFG post-order panic: 3:292: incomplete type ".
// Notebook style agrees with Go. Needs all of: a package-level named map type
// with element type any, printing a value of it in its own statement, then a
// type declared inside main and a variable of a slice of that local type.
// (map[string]int, or one Println of both values, does not fail.)
package main

import "fmt"

type Config map[string]any

func main() {
	c := Config{"a": 1}
	fmt.Println(c)
	type pair struct {
		K string
	}
	var ps []pair
	fmt.Println(ps)
}
