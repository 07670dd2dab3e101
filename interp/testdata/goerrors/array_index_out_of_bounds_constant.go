// Compile error: constant index beyond the length of an array.
// Expected: invalid argument: index 3 out of bounds [0:3]
package main

import "fmt"

func main() {
	rgb := [3]uint8{255, 128, 0}
	fmt.Println(rgb[3])
}
