package main

import (
	"fmt"
	"time"
)

func main() {
	timer1 := time.NewTimer(20 * time.Millisecond)
	<-timer1.C
	fmt.Println("Timer 1 fired")

	timer2 := time.NewTimer(time.Hour)
	stop2 := timer2.Stop()
	if stop2 {
		fmt.Println("Timer 2 stopped")
	}

	ticker := time.NewTicker(5 * time.Millisecond)
	n := 0
	for range ticker.C {
		n++
		fmt.Println("Tick", n)
		if n == 3 {
			ticker.Stop()
			break
		}
	}
	fmt.Println("Ticker stopped")

	done := make(chan string)
	time.AfterFunc(10*time.Millisecond, func() { done <- "after func" })
	fmt.Println(<-done)

	select {
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout 1")
	case <-make(chan int):
	}
	limiter := time.Tick(2 * time.Millisecond)
	for i := range 3 {
		<-limiter
		fmt.Println("request", i+1)
	}
}
