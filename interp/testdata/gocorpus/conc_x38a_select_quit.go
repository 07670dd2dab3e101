package main

import (
	"fmt"
	"sync"
)

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

type Event struct {
	Kind string
	N    int
}

func producer(name string, n int, out chan<- Event, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 1; i <= n; i++ {
		out <- Event{name, i}
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

	// Non-blocking operations with default.
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
		fmt.Println("buffer full")
	}
	fmt.Println(<-messages)

	// Merge two producers; count per kind so the order does not matter.
	events := make(chan Event)
	var wg sync.WaitGroup
	wg.Add(2)
	go producer("tick", 5, events, &wg)
	go producer("tock", 3, events, &wg)
	go func() { wg.Wait(); close(events) }()
	counts := map[string]int{}
	sums := map[string]int{}
	for e := range events {
		counts[e.Kind]++
		sums[e.Kind] += e.N
	}
	fmt.Println(counts, sums)

	// A nil channel in select is never ready: used to disable a case.
	a := make(chan int)
	b := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for i := 10; i < 12; i++ {
			b <- i
		}
		close(b)
	}()
	total, got := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			total += v
			got++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			total += v
			got++
		}
	}
	fmt.Println("total", total, "from", got, "values")
}
