// Exercises: buffered channel as a semaphore limiting concurrency, tracking the max in flight.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	sem := make(chan struct{}, 3)
	var inFlight, peak atomic.Int32
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := map[int]bool{}
	for i := range 12 {
		wg.Add(1)
		go func() {
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
			mu.Lock()
			done[i] = true
			mu.Unlock()
			inFlight.Add(-1)
		}()
	}
	wg.Wait()
	fmt.Println(len(done), peak.Load() <= 3, inFlight.Load())
}
