// Exercises: labeled continue/break out of nested range-over-func loops.
package main

import (
	"fmt"
	"iter"
)

func upTo(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; i <= n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
outer:
	for a := range upTo(5) {
		for b := range upTo(5) {
			if b > a {
				continue outer
			}
			if a*b > 8 {
				break outer
			}
			fmt.Print(a, "x", b, " ")
		}
	}
	fmt.Println()
}
