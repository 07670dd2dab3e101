// Exercises: select between a ready channel and time.After, where the ready channel always wins.
package main

import (
	"fmt"
	"time"
)

func main() {
	results := make(chan string, 1)
	results <- "fast result"
	select {
	case r := <-results:
		fmt.Println(r)
	case <-time.After(2 * time.Second):
		fmt.Println("timeout")
	}
	never := make(chan string)
	select {
	case r := <-never:
		fmt.Println(r)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timed out waiting")
	}
}
