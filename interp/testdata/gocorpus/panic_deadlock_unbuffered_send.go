// Exercises: fatal error - all goroutines are asleep (deadlock) on an unbuffered send.
package main

import "fmt"

func main() {
	ch := make(chan string, 1)
	ch <- "buffered ok"
	fmt.Println(<-ch)
	unbuf := make(chan string)
	fmt.Println("sending without a receiver")
	unbuf <- "stuck"
	fmt.Println("unreachable")
}
