// Exercises: deferred call arguments are evaluated when the defer statement runs.
package main

import "fmt"

func show(label string, n int) {
	fmt.Println(label, n)
}

func work() {
	x := 1
	defer show("deferred x =", x)
	x = 10
	defer show("second deferred x =", x)
	x = 100
	fmt.Println("end of work, x =", x)
}

func main() {
	work()
	fmt.Println("done")
}
