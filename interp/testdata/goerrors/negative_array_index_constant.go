// Compile error: indexing an array with a negative constant (Python habit).
// Expected: invalid argument: index -1 (constant of type int) must not be negative
package main

import "fmt"

func main() {
	arr := [3]int{1, 2, 3}
	fmt.Println(arr[-1])
}
