// Exercises: select choosing a ready channel over a timeout, and a default case when none is ready.
package main

import (
	"fmt"
	"time"
)

func query(delay time.Duration, v string) <-chan string {
	c := make(chan string, 1)
	if delay == 0 {
		c <- v
		return c
	}
	go func() {
		time.Sleep(delay)
		c <- v
	}()
	return c
}

func main() {
	select {
	case r := <-query(0, "cache hit"):
		fmt.Println("got", r)
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}
	select {
	case r := <-query(2*time.Second, "slow db"):
		fmt.Println("got", r)
	case <-time.After(30 * time.Millisecond):
		fmt.Println("timeout waiting for slow db")
	}
	idle := make(chan int)
	select {
	case v := <-idle:
		fmt.Println("unexpected", v)
	default:
		fmt.Println("nothing ready")
	}
	results := make(chan int, 3)
	for i := 0; i < 3; i++ {
		select {
		case results <- i * i:
		default:
			fmt.Println("full")
		}
	}
	close(results)
	for v := range results {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
