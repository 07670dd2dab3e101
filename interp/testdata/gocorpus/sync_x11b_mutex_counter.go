// Exercises: sync.Mutex guarding a map in a struct, RWMutex, sync/atomic counters, WaitGroup with many goroutines, deterministic totals
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k]++
}

type Registry struct {
	mu    sync.RWMutex
	names []string
}

func (r *Registry) Add(n string) { r.mu.Lock(); r.names = append(r.names, n); r.mu.Unlock() }
func (r *Registry) Len() int     { r.mu.RLock(); defer r.mu.RUnlock(); return len(r.names) }

func main() {
	c := SafeCounter{m: map[string]int{}}
	var ops atomic.Int64
	var hits int32
	var wg sync.WaitGroup
	reg := &Registry{}
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				c.Inc([]string{"a", "b", "c"}[(i+j)%3])
				ops.Add(1)
			}
			atomic.AddInt32(&hits, 1)
			reg.Add(fmt.Sprint("g", i))
		}(i)
	}
	wg.Wait()
	fmt.Println(c.m, ops.Load(), atomic.LoadInt32(&hits), reg.Len())
	sort.Strings(reg.names)
	fmt.Println(reg.names[:3])
	var flag atomic.Bool
	fmt.Println(flag.CompareAndSwap(false, true), flag.CompareAndSwap(false, true), flag.Load())
}
