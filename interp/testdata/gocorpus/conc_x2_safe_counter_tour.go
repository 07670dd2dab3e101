// Exercises: the Tour of Go SafeCounter: a mutex-protected map incremented by 1000 goroutines.
package main

import (
	"fmt"
	"sync"
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

func main() {
	c := SafeCounter{v: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc("somekey")
			if i%3 == 0 {
				c.Inc("third")
			}
		}()
	}
	wg.Wait()
	fmt.Println(c.Value("somekey"), c.Value("third"), c.Value("none"))
}
