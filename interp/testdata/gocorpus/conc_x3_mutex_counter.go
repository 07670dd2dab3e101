// Exercises: sync.Mutex protecting a shared counter, struct with embedded mutex
package main

import (
	"fmt"
	"sync"
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

func main() {
	c := SafeCounter{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc("hits")
			if i%5 == 0 {
				c.Inc("fives")
			}
		}()
	}
	wg.Wait()
	fmt.Println(c.m)
}
