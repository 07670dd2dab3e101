// Compile error: receiving from a send-only channel parameter.
// Expected: invalid operation: cannot receive from send-only channel
package main

import "fmt"

func worker(out chan<- int) {
	v := <-out
	fmt.Println(v)
}

func main() {
	worker(make(chan int))
}
