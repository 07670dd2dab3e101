// Exercises: struct embedding sync.Mutex (Lock/Unlock promoted), a mutex-protected counter map updated by goroutines with sync.WaitGroup, pointer receivers so the lock is not copied.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Counter struct {
	sync.Mutex
	hits map[string]int
}

func (c *Counter) Inc(k string) {
	c.Lock()
	defer c.Unlock()
	c.hits[k]++
}

func (c *Counter) Snapshot() map[string]int {
	c.Lock()
	defer c.Unlock()
	out := make(map[string]int, len(c.hits))
	for k, v := range c.hits {
		out[k] = v
	}
	return out
}

var stats = struct {
	sync.RWMutex
	total int
}{}

func main() {
	c := Counter{hits: map[string]int{}}
	var wg sync.WaitGroup
	pages := []string{"home", "about", "home", "blog", "home", "blog"}
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for i, p := range pages {
				if (i+id)%2 == 0 {
					c.Inc(p)
				}
				stats.Lock()
				stats.total++
				stats.Unlock()
			}
		}(w)
	}
	wg.Wait()
	snap := c.Snapshot()
	keys := make([]string, 0, len(snap))
	for k := range snap {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%d ", k, snap[k])
	}
	stats.RLock()
	fmt.Println("total", stats.total)
	stats.RUnlock()
	fmt.Println(snap)
}
