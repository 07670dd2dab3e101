// Exercises: timeouts with select and time.After where the outcome is certain: a result that is already there wins, a channel nobody sends on times out; context.WithTimeout; timer Stop.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	c1 := make(chan string, 1)
	c1 <- "result 1"
	select {
	case res := <-c1:
		fmt.Println(res)
	case <-time.After(10 * time.Second):
		fmt.Println("timeout 1")
	}
	c2 := make(chan string)
	select {
	case res := <-c2:
		fmt.Println(res)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout 2")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	select {
	case <-ctx.Done():
		fmt.Println("ctx:", ctx.Err(), errors.Is(ctx.Err(), context.DeadlineExceeded))
	case <-c2:
		fmt.Println("never")
	}
	timer := time.NewTimer(time.Hour)
	stopped := timer.Stop()
	fmt.Println("timer stopped:", stopped)
	t2 := time.NewTimer(5 * time.Millisecond)
	<-t2.C
	fmt.Println("timer 2 fired")
	ctx2, cancel2 := context.WithCancel(context.Background())
	cancel2()
	<-ctx2.Done()
	fmt.Println("ctx2:", ctx2.Err())
}
