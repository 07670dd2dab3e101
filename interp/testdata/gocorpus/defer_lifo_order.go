// Exercises: multiple defers run in last-in first-out order.
package main

import "fmt"

func countdown() {
	for i := 0; i < 5; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("loop finished")
}

func main() {
	countdown()
	fmt.Println("after countdown")
}
