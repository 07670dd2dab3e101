package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Job struct {
	ID   int
	Data string
}

type Result struct {
	JobID  int
	Length int
	Worker int
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup, processed *atomic.Int64) {
	defer wg.Done()
	for j := range jobs {
		processed.Add(1)
		results <- Result{JobID: j.ID, Length: len(j.Data), Worker: id}
	}
}

type SafeMap struct {
	mu sync.Mutex
	m  map[string]int
}

func (s *SafeMap) Inc(k string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[k]++
}

func main() {
	jobs := make(chan Job, 10)
	results := make(chan Result, 10)
	var wg sync.WaitGroup
	var processed atomic.Int64
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg, &processed)
	}
	words := []string{"alpha", "be", "gamma", "delta", "epsilon", "z", "eta"}
	for i, w := range words {
		jobs <- Job{i, w}
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []Result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].JobID < all[j].JobID })
	for _, r := range all {
		fmt.Printf("job %d len %d\n", r.JobID, r.Length)
	}
	fmt.Println("processed", processed.Load())

	sm := SafeMap{m: map[string]int{}}
	var wg2 sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			sm.Inc([]string{"a", "b", "c"}[i%3])
		}(i)
	}
	wg2.Wait()
	fmt.Println(sm.m)

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
	var rw sync.RWMutex
	shared := 0
	var wg3 sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg3.Go(func() {
			rw.Lock()
			shared += i
			rw.Unlock()
		})
	}
	wg3.Wait()
	rw.RLock()
	fmt.Println("shared", shared)
	rw.RUnlock()
}
