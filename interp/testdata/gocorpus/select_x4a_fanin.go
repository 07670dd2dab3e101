// Exercises: select over several channels, deterministic ordering via sequencing, select with default (non-blocking), select on a closed channel, nil channel disabling a case.
package main

import "fmt"

func main() {
	c1 := make(chan string)
	c2 := make(chan string)
	step := make(chan bool)
	go func() {
		c1 <- "one"
		<-step
		c2 <- "two"
	}()
	for i := range 2 {
		select {
		case msg1 := <-c1:
			fmt.Println("received", msg1)
			step <- true
		case msg2 := <-c2:
			fmt.Println("received", msg2, i)
		}
	}
	messages := make(chan string)
	select {
	case msg := <-messages:
		fmt.Println("received message", msg)
	default:
		fmt.Println("no message received")
	}
	msg := "hi"
	select {
	case messages <- msg:
		fmt.Println("sent message", msg)
	default:
		fmt.Println("no message sent")
	}
	a := make(chan int, 2)
	a <- 1
	a <- 2
	close(a)
	var b chan int
	count := 0
	for a != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				fmt.Println("a closed")
				continue
			}
			count += v
		case <-b:
			fmt.Println("never")
		}
	}
	fmt.Println("sum", count)
}
