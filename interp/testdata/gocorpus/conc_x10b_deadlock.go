// Exercises: a deadlock when main sends on an unbuffered channel with no receiver: Go's runtime reports that all goroutines are asleep
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("before send")
	ch <- 1
	fmt.Println("never printed")
}
