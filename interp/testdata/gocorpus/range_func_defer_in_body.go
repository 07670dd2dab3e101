// Exercises: defer inside a range-over-func loop body runs when the enclosing function returns.
package main

import (
	"fmt"
	"slices"
)

func run() {
	for i, v := range slices.All([]string{"a", "b", "c"}) {
		defer fmt.Println("deferred", i, v)
		fmt.Println("body", i, v)
	}
	fmt.Println("end of run")
}

func main() {
	run()
	fmt.Println("after run")
}
