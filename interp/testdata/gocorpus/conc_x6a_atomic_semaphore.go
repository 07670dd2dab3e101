// Exercises: sync/atomic typed values, buffered channel as semaphore limiting concurrency, max in-flight tracking with CompareAndSwap
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var inFlight, peak atomic.Int32
	var done atomic.Int64
	sem := make(chan struct{}, 3)
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			cur := inFlight.Add(1)
			for {
				p := peak.Load()
				if cur <= p || peak.CompareAndSwap(p, cur) {
					break
				}
			}
			done.Add(int64(i))
			inFlight.Add(-1)
		}()
	}
	wg.Wait()
	fmt.Println(done.Load(), inFlight.Load(), peak.Load() <= 3, peak.Load() >= 1)
	var flag atomic.Bool
	fmt.Println(flag.Swap(true), flag.Load())
	var v atomic.Value
	v.Store([]string{"cfg", "v1"})
	cfg := v.Load().([]string)
	fmt.Println(cfg[1], len(cfg))
	var ptr atomic.Pointer[string]
	s := "hello"
	fmt.Println(ptr.Load() == nil)
	ptr.Store(&s)
	fmt.Println(*ptr.Load())
}
