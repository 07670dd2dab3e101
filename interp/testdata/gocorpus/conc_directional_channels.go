// Exercises: send-only and receive-only channel parameters and conversions.
package main

import "fmt"

func fill(out chan<- int, n int) {
	for i := range n {
		out <- i + 1
	}
	close(out)
}

func drain(in <-chan int) (sum int) {
	for v := range in {
		sum += v
	}
	return
}

func main() {
	ch := make(chan int, 10)
	fill(ch, 10)
	fmt.Println(drain(ch))
	var ro <-chan int = ch
	var so chan<- int = make(chan int, 1)
	so <- 1
	fmt.Printf("%T %T %d\n", ro, so, len(so))
}
