// Exercises: unbuffered channels synchronizing two goroutines in strict ping-pong order.
package main

import "fmt"

func main() {
	ping := make(chan int)
	pong := make(chan int)
	done := make(chan []string)
	go func() {
		var log []string
		for v := range ping {
			log = append(log, fmt.Sprint("ping ", v))
			pong <- v + 1
		}
		close(pong)
		done <- log
	}()
	v := 0
	for range 4 {
		ping <- v
		v = <-pong
		fmt.Println("main got", v)
	}
	close(ping)
	_, ok := <-pong
	fmt.Println(<-done, ok)
}
