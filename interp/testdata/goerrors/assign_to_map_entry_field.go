// Compile error: assigning to a field of a struct stored by value in a map.
// Expected: cannot assign to struct field m["a"].x in map
package main

import "fmt"

type point struct{ x, y int }

func main() {
	m := map[string]point{"a": {1, 2}}
	m["a"].x = 10
	fmt.Println(m)
}
