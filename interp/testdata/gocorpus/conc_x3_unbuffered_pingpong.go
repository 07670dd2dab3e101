// Exercises: unbuffered channels synchronizing two goroutines in strict alternation
package main

import "fmt"

func main() {
	ping := make(chan int)
	pong := make(chan int)
	done := make(chan struct{})
	go func() {
		for v := range ping {
			fmt.Println("pong", v)
			pong <- v + 1
		}
		close(done)
	}()
	v := 0
	for i := 0; i < 3; i++ {
		fmt.Println("ping", v)
		ping <- v
		v = <-pong
	}
	close(ping)
	<-done
	fmt.Println("final", v)
}
