// Exercises: struct with embedded sync.Mutex used via pointer
package main

import (
	"fmt"
	"sync"
)

type SafeCounter struct {
	sync.Mutex
	m map[string]int
}

func (c *SafeCounter) Inc(k string) {
	c.Lock()
	defer c.Unlock()
	c.m[k]++
}

func main() {
	c := SafeCounter{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.Inc([]string{"a", "b"}[i%2])
		}(i)
	}
	wg.Wait()
	fmt.Println(c.m)
}
