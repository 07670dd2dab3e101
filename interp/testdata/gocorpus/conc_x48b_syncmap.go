package main

import (
	"fmt"
	"maps"
	"slices"
	"sync"
)

type SyncMap[K comparable, V any] struct {
	mu sync.RWMutex
	m  map[K]V
}

func (s *SyncMap[K, V]) Load(k K) (V, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.m[k]
	return v, ok
}

func (s *SyncMap[K, V]) Store(k K, v V) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil {
		s.m = make(map[K]V)
	}
	s.m[k] = v
}

func (s *SyncMap[K, V]) Compute(k K, f func(old V, ok bool) V) V {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil {
		s.m = make(map[K]V)
	}
	old, ok := s.m[k]
	nv := f(old, ok)
	s.m[k] = nv
	return nv
}

func (s *SyncMap[K, V]) Snapshot() map[K]V {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return maps.Clone(s.m)
}

type Counter struct {
	SyncMap[string, int]
	name string
}

func (c *Counter) Inc(k string) int {
	return c.Compute(k, func(old int, _ bool) int { return old + 1 })
}

func main() {
	c := &Counter{name: "hits"}
	words := []string{"go", "rust", "go", "zig", "go", "rust"}
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(worker int) {
			defer wg.Done()
			for i, word := range words {
				if i%2 == worker%2 {
					c.Inc(word)
				}
			}
		}(w)
	}
	wg.Wait()
	snap := c.Snapshot()
	fmt.Println(c.name, snap)
	for _, k := range slices.Sorted(maps.Keys(snap)) {
		fmt.Printf("%-5s %d\n", k, snap[k])
	}
	v, ok := c.Load("go")
	fmt.Println(v, ok)
	_, ok = c.Load("java")
	fmt.Println(ok)

	results := make(chan int, 10)
	var sm SyncMap[int, []int]
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sm.Compute(i%3, func(old []int, ok bool) []int { return append(old, i) })
			results <- i * i
		}()
	}
	wg.Wait()
	close(results)
	total := 0
	for r := range results {
		total += r
	}
	snap2 := sm.Snapshot()
	for k := range 3 {
		s := snap2[k]
		slices.Sort(s)
		fmt.Println(k, s)
	}
	fmt.Println("total", total)
}
