// Exercises: buffered channels - sends without a receiver up to capacity, len and cap, FIFO order, a full buffer with select, a semaphore
package main

import (
	"fmt"
	"sync"
)

func main() {
	inbox := make(chan string, 3)
	inbox <- "first"
	inbox <- "second"
	fmt.Println(len(inbox), cap(inbox))
	inbox <- "third"
	select {
	case inbox <- "fourth":
		fmt.Println("unexpected room")
	default:
		fmt.Println("buffer full at", len(inbox))
	}
	fmt.Println(<-inbox, <-inbox, len(inbox))
	inbox <- "fifth"
	close(inbox)
	for m := range inbox {
		fmt.Println("drained", m)
	}

	results := make(chan int, 10)
	for i := range 10 {
		results <- i * 3
	}
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("sum:", sum)

	const limit = 3
	slots := make(chan struct{}, limit)
	var mu sync.Mutex
	var wg sync.WaitGroup
	inFlight, worst := 0, 0
	for range 12 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			slots <- struct{}{}
			defer func() { <-slots }()
			mu.Lock()
			inFlight++
			worst = max(worst, inFlight)
			inFlight--
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("never above limit:", worst <= limit, "slots free:", len(slots) == 0)
}
