package main

import (
	"fmt"
	"sort"
	"sync"
)

type Cache[K comparable, V any] struct {
	mu     sync.RWMutex
	data   map[K]V
	hits   int
	misses int
	load   func(K) V
}

func NewCache[K comparable, V any](load func(K) V) *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V), load: load}
}

func (c *Cache[K, V]) Get(k K) V {
	c.mu.RLock()
	v, ok := c.data[k]
	c.mu.RUnlock()
	if ok {
		c.mu.Lock()
		c.hits++
		c.mu.Unlock()
		return v
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[k]; ok {
		c.hits++
		return v
	}
	c.misses++
	v = c.load(k)
	c.data[k] = v
	return v
}

func fib(n int) int {
	a, b := 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a
}

func main() {
	c := NewCache(fib)
	var wg sync.WaitGroup
	for g := 0; g < 6; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				c.Get(i % 10)
			}
		}()
	}
	wg.Wait()
	fmt.Println("hits+misses:", c.hits+c.misses, "misses:", c.misses)
	keys := make([]int, 0)
	for k := range c.data {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Printf("fib(%d)=%d ", k, c.data[k])
	}
	fmt.Println()
	names := NewCache(func(s string) int { return len(s) })
	fmt.Println(names.Get("mutex"), names.Get("rwmutex"), names.Get("mutex"), names.hits)
	fmt.Println(names.data)
}
