package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

// HitCounter counts hits in the past 300 seconds (LeetCode 362), safe for concurrent use.
type HitCounter struct {
	mu    sync.Mutex
	times [300]int
	hits  [300]int
}

func (h *HitCounter) Hit(ts int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	i := ts % 300
	if h.times[i] != ts {
		h.times[i] = ts
		h.hits[i] = 0
	}
	h.hits[i]++
}

func (h *HitCounter) GetHits(ts int) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	total := 0
	for i, t := range h.times {
		if ts-t < 300 {
			total += h.hits[i]
		}
	}
	return total
}

type Logger struct {
	mu   sync.RWMutex
	last map[string]int
}

// ShouldPrintMessage is LeetCode 359.
func (l *Logger) ShouldPrintMessage(ts int, msg string) bool {
	l.mu.RLock()
	t, ok := l.last[msg]
	l.mu.RUnlock()
	if ok && ts-t < 10 {
		return false
	}
	l.mu.Lock()
	l.last[msg] = ts
	l.mu.Unlock()
	return true
}

func main() {
	var hc HitCounter
	for _, ts := range []int{1, 2, 3} {
		hc.Hit(ts)
	}
	fmt.Println(hc.GetHits(4))
	hc.Hit(300)
	fmt.Println(hc.GetHits(300), hc.GetHits(301))

	var wg sync.WaitGroup
	var total atomic.Int64
	var c2 HitCounter
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				c2.Hit(1000 + i%50)
				total.Add(1)
			}
		}(w)
	}
	wg.Wait()
	fmt.Println("concurrent hits:", c2.GetHits(1049), total.Load())

	lg := &Logger{last: map[string]int{}}
	type q struct {
		ts  int
		msg string
	}
	for _, x := range []q{{1, "foo"}, {2, "bar"}, {3, "foo"}, {8, "bar"}, {10, "foo"}, {11, "foo"}} {
		fmt.Print(lg.ShouldPrintMessage(x.ts, x.msg), " ")
	}
	fmt.Println()

	var mu sync.Mutex
	seen := map[int]bool{}
	var ops atomic.Int32
	var wg2 sync.WaitGroup
	for i := range 20 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			seen[i%7] = true
			mu.Unlock()
			ops.Add(1)
		}()
	}
	wg2.Wait()
	keys := make([]int, 0, len(seen))
	for k := range seen {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(keys, ops.Load())
	var flag atomic.Bool
	fmt.Println(flag.CompareAndSwap(false, true), flag.CompareAndSwap(false, true), flag.Load())
}
