// Exercises: sync/atomic AddInt64/LoadInt64 counters from many goroutines.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var ops int64
	var maxSeen atomic.Int32
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 100 {
				atomic.AddInt64(&ops, 1)
			}
			for {
				cur := maxSeen.Load()
				if int32(i) <= cur || maxSeen.CompareAndSwap(cur, int32(i)) {
					break
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("ops:", atomic.LoadInt64(&ops))
	fmt.Println("max:", maxSeen.Load())
}
