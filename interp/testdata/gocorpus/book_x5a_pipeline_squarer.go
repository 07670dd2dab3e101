// Exercises: a three-stage pipeline with unidirectional channel parameters (chan<- int, <-chan int), close and range over channels.
package main

import "fmt"

func counter(out chan<- int, n int) {
	for x := 0; x < n; x++ {
		out <- x
	}
	close(out)
}

func squarer(out chan<- int, in <-chan int) {
	for v := range in {
		out <- v * v
	}
	close(out)
}

func printer(in <-chan int, done chan<- struct{}) {
	sum := 0
	for v := range in {
		fmt.Print(v, " ")
		sum += v
	}
	fmt.Println("sum", sum)
	done <- struct{}{}
}

func main() {
	naturals := make(chan int)
	squares := make(chan int)
	done := make(chan struct{})
	go counter(naturals, 10)
	go squarer(squares, naturals)
	go printer(squares, done)
	<-done
	ch := make(chan int, 1)
	var send chan<- int = ch
	var recv <-chan int = ch
	send <- 7
	v, ok := <-recv
	close(ch)
	w, ok2 := <-recv
	fmt.Println(v, ok, w, ok2)
	fmt.Printf("%T %T\n", send, recv)
}
