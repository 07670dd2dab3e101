// Exercises: the different forms of for loops: 3-clause, condition-only, infinite with break.
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println(n)
	steps := 0
	x := 27
	for {
		if x == 1 {
			break
		}
		if x%2 == 0 {
			x /= 2
		} else {
			x = 3*x + 1
		}
		steps++
	}
	fmt.Println("collatz steps", steps)
	for i, j := 0, 10; i < j; i, j = i+2, j-3 {
		fmt.Print("(", i, ",", j, ") ")
	}
	fmt.Println()
}
