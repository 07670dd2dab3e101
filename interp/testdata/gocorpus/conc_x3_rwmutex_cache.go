// Exercises: sync.RWMutex read/write locking, a cache struct, atomic counter
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Cache struct {
	mu   sync.RWMutex
	data map[int]int
	miss atomic.Int64
}

func (c *Cache) Get(k int) int {
	c.mu.RLock()
	v, ok := c.data[k]
	c.mu.RUnlock()
	if ok {
		return v
	}
	c.miss.Add(1)
	c.mu.Lock()
	defer c.mu.Unlock()
	c.data[k] = k * k
	return c.data[k]
}

func main() {
	c := &Cache{data: map[int]int{}}
	for _, k := range []int{2, 3, 2, 2, 3, 4} {
		fmt.Print(c.Get(k), " ")
	}
	fmt.Println("misses:", c.miss.Load())
}
