package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key]++
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[key]
}

func main() {
	c := SafeCounter{m: make(map[string]int)}
	var wg sync.WaitGroup
	votes := []string{"go", "python", "go", "rust", "go", "python"}
	for round := 0; round < 10; round++ {
		for _, v := range votes {
			wg.Add(1)
			go func() {
				defer wg.Done()
				c.Inc(v)
			}()
		}
	}
	wg.Wait()
	for _, k := range []string{"go", "python", "rust", "java"} {
		fmt.Printf("%-7s %3d\n", k, c.Value(k))
	}

	var total atomic.Int64
	var ops int32
	var wg2 sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg2.Add(1)
		go func(n int) {
			defer wg2.Done()
			total.Add(int64(n))
			atomic.AddInt32(&ops, 1)
		}(i)
	}
	wg2.Wait()
	fmt.Println("total", total.Load(), "ops", atomic.LoadInt32(&ops))

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("initialized once") })
	}
	var rw sync.RWMutex
	shared := []int{}
	var wg3 sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			rw.Lock()
			shared = append(shared, 1)
			rw.Unlock()
		}()
	}
	wg3.Wait()
	rw.RLock()
	fmt.Println(len(shared))
	rw.RUnlock()
}
