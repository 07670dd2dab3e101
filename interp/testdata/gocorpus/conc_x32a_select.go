package main

import (
	"fmt"
	"time"
)

func producer(name string, n int, out chan<- string) {
	for i := 0; i < n; i++ {
		out <- fmt.Sprintf("%s-%d", name, i)
	}
	close(out)
}

func main() {
	// select over two channels until both are closed
	a := make(chan string)
	b := make(chan string)
	go producer("a", 3, a)
	go producer("b", 2, b)
	countA, countB := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			countA++
			_ = v
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			countB++
			_ = v
		}
	}
	fmt.Println("received from a:", countA, "from b:", countB)

	// non-blocking operations with default
	messages := make(chan string, 1)
	select {
	case msg := <-messages:
		fmt.Println("received", msg)
	default:
		fmt.Println("no message received")
	}
	select {
	case messages <- "hi":
		fmt.Println("sent message")
	default:
		fmt.Println("no message sent")
	}
	select {
	case messages <- "again":
		fmt.Println("sent again")
	default:
		fmt.Println("buffer full, not sent")
	}
	fmt.Println("buffered:", <-messages)

	// timeout
	slow := make(chan string)
	go func() {
		time.Sleep(200 * time.Millisecond)
		slow <- "late result"
	}()
	select {
	case res := <-slow:
		fmt.Println(res)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout waiting for slow")
	}

	// done channel to stop a generator
	done := make(chan struct{})
	nums := make(chan int)
	go func() {
		defer close(nums)
		for i := 0; ; i++ {
			select {
			case nums <- i * i:
			case <-done:
				return
			}
		}
	}()
	for v := range nums {
		if v > 50 {
			close(done)
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	// closed channel receives zero value immediately
	c := make(chan int, 2)
	c <- 7
	close(c)
	v1, ok1 := <-c
	v2, ok2 := <-c
	fmt.Println(v1, ok1, v2, ok2)

	// a ticker-like loop with a fixed number of ticks
	ticker := time.NewTicker(5 * time.Millisecond)
	defer ticker.Stop()
	ticks := 0
	for range ticker.C {
		ticks++
		if ticks == 3 {
			break
		}
	}
	fmt.Println("ticks:", ticks)
}
