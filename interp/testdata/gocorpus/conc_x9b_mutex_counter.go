// Exercises: a mutex-protected counter type shared by 8 goroutines, defer Unlock, a method value passed as a func, sync/atomic counter for comparison, deterministic totals.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type SafeCounter struct {
	mu sync.Mutex
	v  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	c.v[key]++
	c.mu.Unlock()
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.v[key]
}

func repeat(n int, f func(string), key string, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < n; i++ {
		f(key)
	}
}

func main() {
	c := SafeCounter{v: make(map[string]int)}
	var ops atomic.Int64
	var hits int32
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		key := "even"
		if g%2 == 1 {
			key = "odd"
		}
		go repeat(250, c.Inc, key, &wg)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				ops.Add(1)
				atomic.AddInt32(&hits, 2)
			}
		}()
	}
	wg.Wait()
	fmt.Println(c.Value("even"), c.Value("odd"), c.Value("none"), len(c.v))
	fmt.Println(ops.Load(), atomic.LoadInt32(&hits))
}
