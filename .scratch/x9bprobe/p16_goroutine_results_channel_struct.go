package main

import (
	"fmt"
	"sync"
)

type Stats struct {
	sync.Mutex
	byLen map[int][]string
}

func (s *Stats) Add(w string) {
	s.Lock()
	defer s.Unlock()
	s.byLen[len(w)] = append(s.byLen[len(w)], w)
}

func main() {
	s := &Stats{byLen: map[int][]string{}}
	var wg sync.WaitGroup
	for _, w := range []string{"go", "is", "fun", "and", "fast"} {
		wg.Add(1)
		go func() { defer wg.Done(); s.Add(w) }()
	}
	wg.Wait()
	fmt.Println(len(s.byLen[2]), len(s.byLen[3]), s.byLen[4])
	results := make(chan struct {
		i  int
		sq int
	}, 3)
	for i := range 3 {
		go func() { results <- struct{ i, sq int }{i, i * i} }()
	}
	total := 0
	for range 3 {
		r := <-results
		total += r.sq + r.i
	}
	fmt.Println(total)
}
