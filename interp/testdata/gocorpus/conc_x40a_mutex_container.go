package main

import (
	"fmt"
	"sync"
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

type Cache struct {
	sync.RWMutex
	data map[int]string
}

func (c *Cache) Get(k int) (string, bool) {
	c.RLock()
	defer c.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache) Set(k int, v string) {
	c.Lock()
	c.data[k] = v
	c.Unlock()
}

func main() {
	c := Container{
		counters: map[string]int{"a": 0, "b": 0},
	}
	var wg sync.WaitGroup
	doIncrement := func(name string, n int) {
		for range n {
			c.inc(name)
		}
		wg.Done()
	}
	wg.Add(3)
	go doIncrement("a", 10000)
	go doIncrement("a", 10000)
	go doIncrement("b", 10000)
	wg.Wait()
	fmt.Println(c.counters)

	cache := &Cache{data: map[int]string{}}
	var wg2 sync.WaitGroup
	for i := range 8 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			cache.Set(i, fmt.Sprintf("v%d", i*i))
		}()
	}
	wg2.Wait()
	for _, k := range []int{0, 3, 7, 9} {
		v, ok := cache.Get(k)
		fmt.Printf("%d: %q %v\n", k, v, ok)
	}

	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	var order []int
	var wg3 sync.WaitGroup
	for i := range 3 {
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			mu.Lock()
			for !ready {
				cond.Wait()
			}
			order = append(order, i)
			mu.Unlock()
		}()
	}
	mu.Lock()
	ready = true
	cond.Broadcast()
	mu.Unlock()
	wg3.Wait()
	fmt.Println("woke:", len(order))
}
