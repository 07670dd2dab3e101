// Compile error: sending on a receive-only channel parameter.
// Expected: invalid operation: cannot send to receive-only channel
package main

import "fmt"

func consume(in <-chan string) {
	in <- "oops"
	fmt.Println("sent")
}

func main() {
	consume(make(chan string))
}
