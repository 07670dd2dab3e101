// Exercises: closure captures variable by reference while a function argument copies its value.
package main

import "fmt"

func main() {
	x := 1
	byRef := func() int { return x }
	byVal := func(v int) func() int { return func() int { return v } }(x)
	x = 42
	fmt.Println("by reference:", byRef())
	fmt.Println("by value:", byVal())
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println("after inc:", x, byRef())
}
