// Exercises: notebook style: a recursive closure stored in a top-level var of type func(n int) int, then a top-level n
package main

import "fmt"

func main() {
	var f func(n int) int
	f = func(k int) int {
		if k == 0 {
			return 0
		}
		return f(k-1) + 1
	}
	fmt.Println(f(3))
	n := 4
	fmt.Println(n)
}
