// Exercises: struct with embedded sync.Mutex and promoted Lock/Unlock, RWMutex, method value passed to goroutines, sorted output
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
)

type Counter struct {
	sync.Mutex
	m map[string]int
}

func (c *Counter) Inc(k string) {
	c.Lock()
	defer c.Unlock()
	c.m[k]++
}

type Cache struct {
	mu   sync.RWMutex
	data map[int]string
}

func (c *Cache) Get(k int) (string, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func main() {
	c := Counter{m: map[string]int{}}
	inc := c.Inc
	var wg sync.WaitGroup
	words := strings.Fields("a b a c b a d a")
	for _, w := range words {
		wg.Add(1)
		go func() {
			defer wg.Done()
			inc(w)
		}()
	}
	wg.Wait()
	for _, k := range slices.Sorted(maps.Keys(c.m)) {
		fmt.Print(k, "=", c.m[k], " ")
	}
	fmt.Println()
	cache := &Cache{data: map[int]string{1: "one"}}
	var got [3]bool
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, got[i] = cache.Get(i)
		}()
	}
	wg.Wait()
	fmt.Println(got)
}
