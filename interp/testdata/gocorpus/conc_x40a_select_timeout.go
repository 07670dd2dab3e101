package main

import (
	"fmt"
	"time"
)

func main() {
	c1 := make(chan string)
	c2 := make(chan string)

	go func() {
		time.Sleep(10 * time.Millisecond)
		c1 <- "one"
	}()
	go func() {
		time.Sleep(60 * time.Millisecond)
		c2 <- "two"
	}()

	for range 2 {
		select {
		case msg1 := <-c1:
			fmt.Println("received", msg1)
		case msg2 := <-c2:
			fmt.Println("received", msg2)
		}
	}

	r1 := make(chan string, 1)
	go func() {
		time.Sleep(200 * time.Millisecond)
		r1 <- "result 1"
	}()
	select {
	case res := <-r1:
		fmt.Println(res)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout 1")
	}

	r2 := make(chan string, 1)
	go func() {
		time.Sleep(10 * time.Millisecond)
		r2 <- "result 2"
	}()
	select {
	case res := <-r2:
		fmt.Println(res)
	case <-time.After(300 * time.Millisecond):
		fmt.Println("timeout 2")
	}

	timer := time.NewTimer(time.Hour)
	stopped := timer.Stop()
	fmt.Println("timer stopped:", stopped)

	quit := make(chan struct{})
	data := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			data <- i * 10
		}
		close(quit)
	}()
	sum := 0
loop:
	for {
		select {
		case v := <-data:
			sum += v
		case <-quit:
			break loop
		}
	}
	fmt.Println("sum:", sum)
}
