// Exercises: worker pools: a fixed number of workers reading from a jobs channel, results channel, closing jobs, collecting and sorting results for deterministic output.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct {
	job, worker, value int
}

func worker(id int, jobs <-chan int, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- result{job: j, worker: id, value: j * 2}
	}
}

func main() {
	const numJobs = 9
	jobs := make(chan int, numJobs)
	results := make(chan result, numJobs)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for j := 1; j <= numJobs; j++ {
		jobs <- j
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].job < all[j].job })
	sum := 0
	workers := map[int]bool{}
	for _, r := range all {
		fmt.Println("job", r.job, "->", r.value)
		sum += r.value
		workers[r.worker] = true
	}
	fmt.Println("sum", sum, "valid workers", len(workers) >= 1 && len(workers) <= 3)
}
