// Exercises: deferred calls in a loop run last-in-first-out, deferred arguments evaluated at the defer statement.
package main

import "fmt"

func counting() (out []int) {
	for i := 0; i < 5; i++ {
		defer func() { out = append(out, i) }()
	}
	return nil
}

func args() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	fmt.Println("x now", x)
}

func main() {
	fmt.Println("counting")
	for i := 0; i < 4; i++ {
		defer fmt.Println(i)
	}
	fmt.Println(counting())
	args()
	fmt.Println("done")
}
