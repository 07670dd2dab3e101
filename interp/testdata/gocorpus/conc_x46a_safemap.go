package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

type SafeMap[K comparable, V any] struct {
	mu sync.RWMutex
	m  map[K]V
}

func NewSafeMap[K comparable, V any]() *SafeMap[K, V] {
	return &SafeMap[K, V]{m: make(map[K]V)}
}

func (s *SafeMap[K, V]) Load(k K) (V, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.m[k]
	return v, ok
}

func (s *SafeMap[K, V]) Update(k K, f func(old V, exists bool) V) {
	s.mu.Lock()
	defer s.mu.Unlock()
	old, ok := s.m[k]
	s.m[k] = f(old, ok)
}

func (s *SafeMap[K, V]) Len() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return len(s.m)
}

func (s *SafeMap[K, V]) Snapshot() map[K]V {
	s.mu.RLock()
	defer s.mu.RUnlock()
	cp := make(map[K]V, len(s.m))
	for k, v := range s.m {
		cp[k] = v
	}
	return cp
}

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(k string) {
	c.mu.Lock()
	c.n[k]++
	c.mu.Unlock()
}

func main() {
	docs := []string{
		"the cat sat on the mat",
		"the dog sat on the log",
		"a cat and a dog",
		"on and on and on",
	}
	freq := NewSafeMap[string, int]()
	var wg sync.WaitGroup
	for _, d := range docs {
		wg.Add(1)
		go func(text string) {
			defer wg.Done()
			for _, w := range strings.Fields(text) {
				freq.Update(w, func(old int, _ bool) int { return old + 1 })
			}
		}(d)
	}
	wg.Wait()
	snap := freq.Snapshot()
	keys := make([]string, 0, len(snap))
	for k := range snap {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Printf("%-4s %d\n", k, snap[k])
	}
	fmt.Println("distinct:", freq.Len())
	if v, ok := freq.Load("bird"); !ok {
		fmt.Println("bird missing, zero =", v)
	}

	c := &Counter{n: map[string]int{}}
	var wg2 sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for j := 0; j < 100; j++ {
				if j%2 == 0 {
					c.Inc("even")
				} else {
					c.Inc("odd")
				}
			}
		}()
	}
	wg2.Wait()
	fmt.Println(c.n)

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("init once, i =", i) })
	}

	owners := NewSafeMap[int, []string]()
	results := make(chan int, 10)
	for i := 0; i < 10; i++ {
		go func() {
			owners.Update(i%3, func(old []string, _ bool) []string {
				return append(old, fmt.Sprint(i))
			})
			results <- i
		}()
	}
	sum := 0
	for range 10 {
		sum += <-results
	}
	for k := 0; k < 3; k++ {
		v, _ := owners.Load(k)
		slices.Sort(v)
		fmt.Println(k, v)
	}
	fmt.Println("sum", sum)
}
