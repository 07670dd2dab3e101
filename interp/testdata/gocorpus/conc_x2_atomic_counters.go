// Exercises: sync/atomic typed counters updated by many goroutines: Int64, Bool, CompareAndSwap.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var hits atomic.Int64
	var maxSeen atomic.Int64
	var flagged atomic.Bool
	var old int32
	var wg sync.WaitGroup
	for g := 1; g <= 50; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 100; k++ {
				hits.Add(1)
			}
			for {
				cur := maxSeen.Load()
				if int64(g) <= cur || maxSeen.CompareAndSwap(cur, int64(g)) {
					break
				}
			}
			if g == 42 {
				flagged.Store(true)
			}
			atomic.AddInt32(&old, 2)
		}()
	}
	wg.Wait()
	fmt.Println(hits.Load(), maxSeen.Load(), flagged.Load(), atomic.LoadInt32(&old))
	prev := hits.Swap(0)
	fmt.Println(prev, hits.Load())
	fmt.Println(hits.CompareAndSwap(0, 7), hits.CompareAndSwap(0, 8), hits.Load())
}
