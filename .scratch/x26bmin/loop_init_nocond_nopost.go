// A three-clause for loop with an init statement but neither condition nor post
// (`for n := start; ; { ... n = ... }`): the body's assignment to the loop variable
// is lost at the next iteration, so n keeps its initial value.
//
// go run:      [a b c]
// gobackprop:  [a]            (both styles, no error: SILENT WRONG ANSWER)
//
// Variant without the seen-map exit (for n := 0; ; { if n >= 3 {break}; n = n + 1 })
// never ends in the session: "Interrupted: the cell was interrupted".
// With a condition (for n := 0; n < 3; { n = n + 1 }) it works.
// Found in generics_x26b_toposort.go (findCycle printed "cycle: app -> app").
package main

import "fmt"

func main() {
	next := map[string]string{"a": "b", "b": "c", "c": "a"}
	seen := map[string]bool{}
	var path []string
	for n := "a"; ; {
		if seen[n] {
			break
		}
		seen[n] = true
		path = append(path, n)
		n = next[n]
	}
	fmt.Println(path)
}
