// Exercises: atomic counters - atomic.Int64 from many goroutines, atomic.Uint32 CompareAndSwap, AddInt32 on a plain int32, atomic.Pointer and Value
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct{ version int }

func main() {
	var requests atomic.Int64
	var wg sync.WaitGroup
	for w := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 250 + w {
				requests.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("requests:", requests.Load())

	var plain int32
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt32(&plain, int32(i))
		}()
	}
	wg.Wait()
	fmt.Println("sum:", atomic.LoadInt32(&plain))

	var state atomic.Uint32
	fmt.Println(state.CompareAndSwap(0, 5), state.CompareAndSwap(0, 6), state.Load(), state.Swap(1), state.Add(^uint32(0)))

	var leader atomic.Int32
	leader.Store(-1)
	for id := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			leader.CompareAndSwap(-1, int32(id))
		}()
	}
	wg.Wait()
	l := leader.Load()
	fmt.Println("one leader elected:", l >= 0 && l < 5)

	var cur atomic.Pointer[config]
	fmt.Println(cur.Load() == nil)
	cur.Store(&config{1})
	old := cur.Swap(&config{2})
	fmt.Println(old.version, cur.Load().version)

	var v atomic.Value
	v.Store([]string{"a"})
	fmt.Println(v.Load().([]string), v.CompareAndSwap([]string(nil), []string{}))
}
