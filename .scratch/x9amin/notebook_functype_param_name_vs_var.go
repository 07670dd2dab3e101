// Exercises: notebook style: a top-level var whose func type names a parameter n, then a top-level n
package main

import "fmt"

func main() {
	var f func(n int) int
	n := 4
	fmt.Println(f == nil, n)
}
