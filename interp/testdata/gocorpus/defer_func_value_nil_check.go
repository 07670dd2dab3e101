// Exercises: deferred function value is evaluated at defer time, later reassignment has no effect.
package main

import "fmt"

func main() {
	f := func() { fmt.Println("first version") }
	func() {
		defer f()
		f = func() { fmt.Println("second version") }
		fmt.Println("inside")
	}()
	f()
}
