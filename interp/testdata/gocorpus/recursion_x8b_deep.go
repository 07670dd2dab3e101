// Exercises: recursion 5000 calls deep, as a flood fill of a contest grid needs
package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1)
}

func main() {
	fmt.Println(depth(5000))
}
