// Exercises: modifying the per-iteration variable inside a 3-clause loop body affects the next iteration.
package main

import "fmt"

func main() {
	var seen []func() int
	for i := 0; i < 10; i++ {
		if i%3 == 0 {
			i++
		}
		seen = append(seen, func() int { return i })
	}
	for _, f := range seen {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
