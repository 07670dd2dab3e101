package main

import (
	"errors"
	"fmt"
	"sync"
)

type Job struct {
	ID int
	N  int
}

type Result struct {
	Job
	Factors []int
	Err     error
}

var ErrTooSmall = errors.New("too small")

func factor(n int) ([]int, error) {
	if n < 2 {
		return nil, fmt.Errorf("factor %d: %w", n, ErrTooSmall)
	}
	var fs []int
	for p := 2; p*p <= n; p++ {
		for n%p == 0 {
			fs = append(fs, p)
			n /= p
		}
	}
	if n > 1 {
		fs = append(fs, n)
	}
	return fs, nil
}

func run(jobs []Job, workers int) []Result {
	in := make(chan Job)
	out := make(chan Result, len(jobs))
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range in {
				fs, err := factor(j.N)
				out <- Result{j, fs, err}
			}
		}()
	}
	for _, j := range jobs {
		in <- j
	}
	close(in)
	wg.Wait()
	close(out)
	results := make([]Result, len(jobs))
	for r := range out {
		results[r.ID] = r
	}
	return results
}

func main() {
	nums := []int{360, 97, 1, 1001, 65536, 999983, 0, 123456789, 600851475143}
	var jobs []Job
	for i, n := range nums {
		jobs = append(jobs, Job{ID: i, N: n})
	}
	var mu sync.Mutex
	summary := map[string]int{}
	for _, r := range run(jobs, 4) {
		if r.Err != nil {
			fmt.Printf("#%d %d: error %v (small=%t)\n", r.ID, r.N, r.Err, errors.Is(r.Err, ErrTooSmall))
			continue
		}
		fmt.Printf("#%d %d = %v\n", r.ID, r.N, r.Factors)
	}
	var wg sync.WaitGroup
	for _, n := range nums {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			fs, _ := factor(n)
			key := "composite"
			switch {
			case len(fs) == 0:
				key = "none"
			case len(fs) == 1:
				key = "prime"
			}
			mu.Lock()
			summary[key]++
			mu.Unlock()
		}(n)
	}
	wg.Wait()
	fmt.Println(summary)
	once := sync.OnceValue(func() int { fmt.Println("computing once"); return len(nums) })
	fmt.Println(once(), once())
}
