package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Job struct {
	ID int
	N  int
}

type Result struct {
	Job   Job
	Steps int
	Err   error
}

var errTooLong = errors.New("sequence too long")

func collatz(n int) (int, error) {
	steps := 0
	for n != 1 {
		if steps > 200 {
			return steps, errTooLong
		}
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps, nil
}

func worker(jobs <-chan Job, results chan<- Result, processed *atomic.Int64, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		s, err := collatz(j.N)
		processed.Add(1)
		results <- Result{j, s, err}
	}
}

var (
	cacheOnce sync.Once
	cache     map[int]string
)

func label(n int) string {
	cacheOnce.Do(func() {
		fmt.Println("(initialising cache once)")
		cache = map[int]string{1: "one", 27: "twenty-seven", 97: "ninety-seven"}
	})
	if s, ok := cache[n]; ok {
		return s
	}
	return fmt.Sprint(n)
}

func main() {
	jobs := make(chan Job)
	results := make(chan Result, 10)
	var processed atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go worker(jobs, results, &processed, &wg)
	}
	go func() {
		for i, n := range []int{1, 7, 27, 97, 871, 6171, 77031, 12, 19, 3} {
			jobs <- Job{ID: i, N: n}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	var all []Result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Job.ID < all[j].Job.ID })
	for _, r := range all {
		if r.Err != nil {
			fmt.Printf("job %d n=%-6s error after %d: %v\n", r.Job.ID, label(r.Job.N), r.Steps, r.Err)
			continue
		}
		fmt.Printf("job %d n=%-6s steps=%d\n", r.Job.ID, label(r.Job.N), r.Steps)
	}
	fmt.Println("processed:", processed.Load())

	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := 0
	var wg2 sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			ready++
			cond.Broadcast()
			mu.Unlock()
		}()
	}
	mu.Lock()
	for ready < 3 {
		cond.Wait()
	}
	mu.Unlock()
	wg2.Wait()
	fmt.Println("all ready:", ready)
	var hits atomic.Int32
	var wg3 sync.WaitGroup
	for range 50 {
		wg3.Add(1)
		go func() { defer wg3.Done(); hits.Add(2) }()
	}
	wg3.Wait()
	fmt.Println("hits:", hits.Load())
}
