// Exercises: sync.RWMutex with concurrent readers and a single writer.
package main

import (
	"fmt"
	"sync"
)

type Cache struct {
	mu   sync.RWMutex
	data map[int]int
}

func (c *Cache) Get(k int) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache) Set(k, v int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.data[k] = v
}

func main() {
	c := &Cache{data: map[int]int{}}
	for i := range 10 {
		c.Set(i, i*i)
	}
	var wg sync.WaitGroup
	sums := make([]int, 5)
	for r := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 10 {
				v, _ := c.Get(k)
				sums[r] += v
			}
		}()
	}
	wg.Wait()
	fmt.Println(sums)
	_, ok := c.Get(99)
	fmt.Println(ok)
}
