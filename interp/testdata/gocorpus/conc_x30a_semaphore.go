package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Semaphore chan struct{}

func (s Semaphore) Acquire() { s <- struct{}{} }
func (s Semaphore) Release() { <-s }

type Stats struct {
	active  atomic.Int32
	peak    atomic.Int32
	done    atomic.Int64
	skipped atomic.Uint32
}

func (s *Stats) enter() {
	n := s.active.Add(1)
	for {
		p := s.peak.Load()
		if n <= p || s.peak.CompareAndSwap(p, n) {
			return
		}
	}
}

func main() {
	const limit = 3
	sem := make(Semaphore, limit)
	var st Stats
	var wg sync.WaitGroup
	var mu sync.Mutex
	results := map[int]int{}

	for i := range 20 {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			if id%7 == 6 {
				st.skipped.Add(1)
				return
			}
			sem.Acquire()
			defer sem.Release()
			st.enter()
			defer st.active.Add(-1)
			sum := 0
			for k := range id * 1000 {
				sum += k % 7
			}
			mu.Lock()
			results[id] = sum
			mu.Unlock()
			st.done.Add(1)
		}(i)
	}
	wg.Wait()

	keys := make([]int, 0, len(results))
	for k := range results {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys[:5] {
		fmt.Printf("task %2d -> %d\n", k, results[k])
	}
	fmt.Println("done:", st.done.Load(), "skipped:", st.skipped.Load(), "active:", st.active.Load())
	fmt.Println("peak within limit:", st.peak.Load() <= limit, "peak >= 1:", st.peak.Load() >= 1)

	var flag atomic.Bool
	var winner atomic.Value
	var wg2 sync.WaitGroup
	for i := range 4 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			if flag.CompareAndSwap(false, true) {
				winner.Store(fmt.Sprintf("goroutine-%d", i))
			}
		}()
	}
	wg2.Wait()
	w, _ := winner.Load().(string)
	fmt.Println("one winner:", flag.Load(), len(w) > 0)

	var p atomic.Pointer[[]string]
	p.Store(&[]string{"v1"})
	old := p.Swap(&[]string{"v2", "v2b"})
	fmt.Println(*old, *p.Load())
}
