package main

import "fmt"

// min/max in constant expressions: a local or package const is silently 0; as an array
// length the cell fails "undefined array size"; in a const group with a string min
// (`word = min("pear", "apple")`) it fails "constant definition loop" (see x7a-probe/p34.go).
const hi = max(3, 7)

func main() {
	const c = min(1<<10, 5000)
	fmt.Println(c, hi)
}
