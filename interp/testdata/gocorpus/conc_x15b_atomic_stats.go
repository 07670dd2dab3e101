package main

import (
	"fmt"
	"math"
	"sync"
	"sync/atomic"
)

type Stats struct {
	count atomic.Int64
	sum   atomic.Int64
	min   atomic.Int64
	max   atomic.Int64
	hist  [5]atomic.Uint32
}

func NewStats() *Stats {
	s := &Stats{}
	s.min.Store(math.MaxInt64)
	s.max.Store(math.MinInt64)
	return s
}

func (s *Stats) Observe(v int64) {
	s.count.Add(1)
	s.sum.Add(v)
	for {
		cur := s.min.Load()
		if v >= cur || s.min.CompareAndSwap(cur, v) {
			break
		}
	}
	for {
		cur := s.max.Load()
		if v <= cur || s.max.CompareAndSwap(cur, v) {
			break
		}
	}
	b := min(v/20, 4)
	s.hist[b].Add(1)
}

func (s *Stats) String() string {
	n := s.count.Load()
	h := make([]uint32, len(s.hist))
	for i := range s.hist {
		h[i] = s.hist[i].Load()
	}
	return fmt.Sprintf("n=%d sum=%d mean=%.2f min=%d max=%d hist=%v", n, s.sum.Load(), float64(s.sum.Load())/float64(n), s.min.Load(), s.max.Load(), h)
}

type Config struct {
	Name    string
	Workers int
}

func main() {
	s := NewStats()
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				s.Observe(int64((w*37 + i*13) % 101))
			}
		}(w)
	}
	wg.Wait()
	fmt.Println(s)

	var cfg atomic.Value
	cfg.Store(Config{"v1", 2})
	var reads atomic.Int32
	var wg2 sync.WaitGroup
	done := make(chan struct{})
	for i := 0; i < 4; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			<-done
			c := cfg.Load().(Config)
			if c.Name == "v2" {
				reads.Add(1)
			}
		}()
	}
	cfg.Store(Config{"v2", 4})
	close(done)
	wg2.Wait()
	fmt.Println(reads.Load(), cfg.Load().(Config))
	old := cfg.Swap(Config{"v3", 8})
	fmt.Println(old, cfg.CompareAndSwap(Config{"v3", 8}, Config{"v4", 1}), cfg.Load())

	var u atomic.Uint64
	u.Store(10)
	u.Add(^uint64(0))
	fmt.Println(u.Load(), atomic.AddInt32(new(int32), -5))
	var ops int64
	var mu sync.RWMutex
	shared := map[int]int{}
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			shared[i%3] += i
			mu.Unlock()
			atomic.AddInt64(&ops, 1)
		}()
	}
	wg.Wait()
	mu.RLock()
	fmt.Println(shared, atomic.LoadInt64(&ops))
	mu.RUnlock()
}
