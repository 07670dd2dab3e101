// Exercises: buffered channel as semaphore, atomic max tracking with CompareAndSwap loop, deterministic summary of concurrent work
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	const limit = 3
	sem := make(chan struct{}, limit)
	var active, peak atomic.Int32
	var wg sync.WaitGroup
	squares := make([]int, 10)
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			n := active.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			squares[i] = i * i
			active.Add(-1)
		}()
	}
	wg.Wait()
	fmt.Println(squares)
	fmt.Println(peak.Load() <= limit, peak.Load() >= 1, active.Load())
	var flag atomic.Bool
	fmt.Println(flag.Load(), flag.CompareAndSwap(false, true), flag.Load())
	var p atomic.Pointer[string]
	s := "hello"
	fmt.Println(p.Load() == nil)
	p.Store(&s)
	fmt.Println(*p.Load())
}
