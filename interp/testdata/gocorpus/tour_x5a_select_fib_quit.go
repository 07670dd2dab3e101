// Exercises: select sending Fibonacci numbers on one channel until a quit channel fires, goroutine as a closure.
package main

import "fmt"

func fibonacci(c, quit chan int) {
	x, y := 0, 1
	for {
		select {
		case c <- x:
			x, y = y, x+y
		case <-quit:
			fmt.Println("quit")
			return
		}
	}
}

func main() {
	c := make(chan int)
	quit := make(chan int)
	go func() {
		for i := 0; i < 10; i++ {
			fmt.Println(<-c)
		}
		quit <- 0
	}()
	fibonacci(c, quit)
	buffered := make(chan string, 2)
	buffered <- "a"
	buffered <- "b"
	fmt.Println(<-buffered, <-buffered, len(buffered), cap(buffered))
}
