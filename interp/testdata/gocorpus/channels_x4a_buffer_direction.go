// Exercises: channels: unbuffered ping, buffered channel capacity, channel directions in signatures, synchronization with a done channel.
package main

import "fmt"

func ping(pings chan<- string, msg string) {
	pings <- msg
}

func pong(pings <-chan string, pongs chan<- string) {
	msg := <-pings
	pongs <- msg
}

func worker(done chan bool) {
	fmt.Println("working...")
	fmt.Println("done")
	done <- true
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
	pings := make(chan string, 1)
	pongs := make(chan string, 1)
	ping(pings, "passed message")
	pong(pings, pongs)
	fmt.Println(<-pongs)
	done := make(chan bool, 1)
	go worker(done)
	<-done
	var ro <-chan int = make(chan int)
	fmt.Printf("%T\n", ro)
}
