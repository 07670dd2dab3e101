// Exercises: unrecovered runtime panic - close of closed channel.
package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	ch <- 1
	close(ch)
	for v := range ch {
		fmt.Println("drained", v)
	}
	v, ok := <-ch
	fmt.Println("after close:", v, ok)
	close(ch)
	fmt.Println("unreachable")
}
