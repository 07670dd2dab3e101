package main

import (
	"fmt"
	"slices"
	"sync"
	"time"
)

type result struct {
	job, worker, value int
}

func worker(id int, jobs <-chan int, results chan<- result) {
	for j := range jobs {
		time.Sleep(2 * time.Millisecond)
		results <- result{j, id, j * 2}
	}
}

func main() {
	const numJobs = 9
	jobs := make(chan int, numJobs)
	results := make(chan result, numJobs)

	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results)
	}
	for j := 1; j <= numJobs; j++ {
		jobs <- j
	}
	close(jobs)

	var got []result
	workers := map[int]bool{}
	for range numJobs {
		r := <-results
		got = append(got, r)
		workers[r.worker] = true
	}
	slices.SortFunc(got, func(a, b result) int { return a.job - b.job })
	for _, r := range got {
		fmt.Printf("job %d -> %d\n", r.job, r.value)
	}
	fmt.Println("workers used <= 3:", len(workers) <= 3)

	var wg sync.WaitGroup
	var mu sync.Mutex
	out := make([]string, 0)
	sem := make(chan struct{}, 2)
	for _, name := range []string{"a", "b", "c", "d", "e"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			mu.Lock()
			out = append(out, name+name)
			mu.Unlock()
		}()
	}
	wg.Wait()
	slices.Sort(out)
	fmt.Println(out)
}
