// Exercises: deferred function modifying a named result, defer in a helper returning early
package main

import "fmt"

func double() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("exit", name) }
}

func compute(n int) int {
	defer trace("compute")()
	if n < 0 {
		return -1
	}
	return n * n
}

func main() {
	fmt.Println(double())
	fmt.Println(compute(4))
	fmt.Println(compute(-2))
}
