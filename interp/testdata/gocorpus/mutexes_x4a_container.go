// Exercises: a struct guarding a map with sync.Mutex (methods on a pointer, defer Unlock), concurrent increments, atomic counters, sync.Once.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Container struct {
	mu       sync.Mutex
	counters map[string]int
}

func (c *Container) inc(name string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.counters[name]++
}

func main() {
	c := Container{counters: map[string]int{"a": 0, "b": 0}}
	var wg sync.WaitGroup
	doIncrement := func(name string, n int) {
		for range n {
			c.inc(name)
		}
		wg.Done()
	}
	wg.Add(3)
	go doIncrement("a", 1000)
	go doIncrement("a", 1000)
	go doIncrement("b", 1000)
	wg.Wait()
	fmt.Println(c.counters)
	var ops atomic.Uint64
	var wg2 sync.WaitGroup
	for range 20 {
		wg2.Add(1)
		go func() {
			for range 100 {
				ops.Add(1)
			}
			wg2.Done()
		}()
	}
	wg2.Wait()
	fmt.Println("ops:", ops.Load())
	var n int64
	atomic.AddInt64(&n, 5)
	fmt.Println(atomic.LoadInt64(&n))
	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("init once") })
	}
}
