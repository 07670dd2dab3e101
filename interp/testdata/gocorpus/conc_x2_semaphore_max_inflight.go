// Exercises: bounding concurrency with a buffered-channel semaphore and tracking the peak with atomics.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	const limit = 3
	sem := make(chan struct{}, limit)
	var inFlight, peak atomic.Int64
	var wg sync.WaitGroup
	done := make([]bool, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			n := inFlight.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			time.Sleep(5 * time.Millisecond)
			done[id] = true
			inFlight.Add(-1)
		}(i)
	}
	wg.Wait()
	all := true
	for _, d := range done {
		all = all && d
	}
	fmt.Println("all done:", all)
	fmt.Println("peak within limit:", peak.Load() <= limit, "peak > 0:", peak.Load() > 0)
	fmt.Println("in flight now:", inFlight.Load(), "semaphore len:", len(sem))
}
