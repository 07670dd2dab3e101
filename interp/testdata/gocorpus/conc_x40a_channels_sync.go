package main

import (
	"fmt"
	"time"
)

func worker(done chan bool) {
	fmt.Print("working...")
	time.Sleep(20 * time.Millisecond)
	fmt.Println("done")
	done <- true
}

func ping(pings chan<- string, msg string) {
	pings <- msg
}

func pong(pings <-chan string, pongs chan<- string) {
	msg := <-pings
	pongs <- msg + " (ponged)"
}

func producer(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := range n {
			out <- i
		}
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}

func main() {
	messages := make(chan string)
	go func() { messages <- "ping" }()
	msg := <-messages
	fmt.Println(msg)

	buffered := make(chan string, 2)
	buffered <- "buffered"
	buffered <- "channel"
	fmt.Println(len(buffered), cap(buffered))
	fmt.Println(<-buffered)
	fmt.Println(<-buffered)

	done := make(chan bool, 1)
	go worker(done)
	<-done

	pings := make(chan string, 1)
	pongs := make(chan string, 1)
	ping(pings, "passed message")
	pong(pings, pongs)
	fmt.Println(<-pongs)

	total := 0
	for v := range square(producer(6)) {
		total += v
	}
	fmt.Println("sum of squares:", total)

	c := make(chan int, 1)
	c <- 5
	close(c)
	v, ok := <-c
	fmt.Println(v, ok)
	v, ok = <-c
	fmt.Println(v, ok)
	fmt.Printf("%T %T\n", pings, (<-chan int)(c))
}
