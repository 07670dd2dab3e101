package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Stats struct {
	requests atomic.Int64
	bytes    atomic.Uint64
	maxSeen  atomic.Int64
	mu       sync.RWMutex
	byPath   map[string]int
}

func (s *Stats) Record(path string, n int) {
	s.requests.Add(1)
	s.bytes.Add(uint64(n))
	for {
		cur := s.maxSeen.Load()
		if int64(n) <= cur || s.maxSeen.CompareAndSwap(cur, int64(n)) {
			break
		}
	}
	s.mu.Lock()
	s.byPath[path]++
	s.mu.Unlock()
}

func (s *Stats) Snapshot() (int64, uint64, int64, []string) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	var lines []string
	for p, c := range s.byPath {
		lines = append(lines, fmt.Sprintf("%s=%d", p, c))
	}
	sort.Strings(lines)
	return s.requests.Load(), s.bytes.Load(), s.maxSeen.Load(), lines
}

func main() {
	s := &Stats{byPath: map[string]int{}}
	paths := []string{"/", "/api", "/static", "/api/v2"}
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				s.Record(paths[(w+i)%len(paths)], (w*250+i)%977)
			}
		}(w)
	}
	wg.Wait()
	r, b, m, lines := s.Snapshot()
	fmt.Println(r, b, m, lines)
	var flag atomic.Bool
	var winners atomic.Int32
	var wg2 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			if flag.CompareAndSwap(false, true) {
				winners.Add(1)
			}
		}()
	}
	wg2.Wait()
	fmt.Println("winners:", winners.Load(), flag.Load())
	var v atomic.Value
	v.Store([]string{"cfg", "v1"})
	cfg := v.Load().([]string)
	old := v.Swap([]string{"cfg", "v2"})
	fmt.Println(cfg, old, v.Load())
	var p atomic.Pointer[Stats]
	fmt.Println(p.Load() == nil, p.CompareAndSwap(nil, s), p.Load().requests.Load())
}
