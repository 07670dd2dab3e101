package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	requests atomic.Int64
	errors   atomic.Int64
	maxSeen  atomic.Int64
}

func (s *Stats) Observe(v int64, failed bool) {
	s.requests.Add(1)
	if failed {
		s.errors.Add(1)
	}
	for {
		cur := s.maxSeen.Load()
		if v <= cur || s.maxSeen.CompareAndSwap(cur, v) {
			return
		}
	}
}

type Config struct {
	Version int
	Name    string
}

// SafeCounter uses a RWMutex for a map of counters.
type SafeCounter struct {
	mu sync.RWMutex
	m  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	c.m[key]++
	c.mu.Unlock()
}

func (c *SafeCounter) Value(key string) int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.m[key]
}

func main() {
	var ops uint64
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := 0; c < 1000; c++ {
				atomic.AddUint64(&ops, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("ops:", atomic.LoadUint64(&ops))

	var st Stats
	for i := int64(1); i <= 20; i++ {
		wg.Add(1)
		go func(v int64) {
			defer wg.Done()
			st.Observe(v*v%37, v%5 == 0)
		}(i)
	}
	wg.Wait()
	fmt.Println("requests:", st.requests.Load(), "errors:", st.errors.Load(), "max:", st.maxSeen.Load())

	var cfg atomic.Pointer[Config]
	cfg.Store(&Config{1, "initial"})
	old := cfg.Swap(&Config{2, "updated"})
	fmt.Printf("old %+v new %+v\n", *old, *cfg.Load())

	var ready atomic.Bool
	fmt.Println("ready?", ready.Load())
	ready.Store(true)
	fmt.Println("ready?", ready.Load())

	var v atomic.Value
	v.Store([]string{"a", "b"})
	fmt.Println(v.Load().([]string))

	c := SafeCounter{m: make(map[string]int)}
	for i := 0; i < 300; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.Inc([]string{"x", "y", "z"}[i%3])
		}(i)
	}
	wg.Wait()
	fmt.Println(c.Value("x"), c.Value("y"), c.Value("z"), c.Value("w"))

	// sync.Map
	var sm sync.Map
	for i := 0; i < 5; i++ {
		sm.Store(i, i*i)
	}
	val, ok := sm.Load(3)
	fmt.Println(val, ok)
	actual, loaded := sm.LoadOrStore(3, 100)
	fmt.Println(actual, loaded)
	sm.Delete(0)
	n := 0
	sm.Range(func(k, v any) bool { n++; return true })
	fmt.Println("entries:", n)

	// sync.Cond-free barrier using a channel
	start := make(chan struct{})
	var arrived atomic.Int32
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			arrived.Add(1)
		}()
	}
	close(start)
	wg.Wait()
	fmt.Println("arrived:", arrived.Load())
}
