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
	c.m[key]++
	c.mu.Unlock()
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[key]
}

type Stats struct {
	sync.RWMutex
	hits map[string]int
}

func (s *Stats) Record(page string) {
	s.Lock()
	defer s.Unlock()
	s.hits[page]++
}

func (s *Stats) Snapshot() map[string]int {
	s.RLock()
	defer s.RUnlock()
	cp := make(map[string]int, len(s.hits))
	for k, v := range s.hits {
		cp[k] = v
	}
	return cp
}

func main() {
	c := SafeCounter{m: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				c.Inc("total")
				if n%2 == 0 {
					c.Inc("even")
				}
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(c.Value("total"), c.Value("even"), c.Value("none"))

	var ops atomic.Int64
	var maxSeen atomic.Int32
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 250 {
				ops.Add(1)
			}
			for {
				cur := maxSeen.Load()
				if int32(i) <= cur || maxSeen.CompareAndSwap(cur, int32(i)) {
					break
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("ops:", ops.Load(), "max:", maxSeen.Load())

	st := &Stats{hits: map[string]int{}}
	pages := []string{"/", "/about", "/", "/blog", "/", "/blog"}
	for _, p := range pages {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st.Record(p)
		}()
	}
	wg.Wait()
	fmt.Println(st.Snapshot())
	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("init once") })
	}
}
