// Exercises: tour-style exercise - a fibonacci function returning a closure.
package main

import "fmt"

// fibonacci returns a function that returns successive fibonacci numbers.
func fibonacci() func() int {
	prev, cur := 0, 1
	first := true
	return func() int {
		if first {
			first = false
			return 0
		}
		prev, cur = cur, prev+cur
		return prev
	}
}

func main() {
	f := fibonacci()
	for i := 0; i < 10; i++ {
		fmt.Println(f())
	}
}
