package main

import (
	"fmt"
	"sort"
	"sync"
)

type job struct {
	id int
	n  int
}

type result struct {
	jobID  int
	worker int
	value  int
}

func collatzSteps(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func worker(id int, jobs <-chan job, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- result{jobID: j.id, worker: id, value: collatzSteps(j.n)}
	}
}

func main() {
	const numJobs = 12
	const numWorkers = 3

	jobs := make(chan job, numJobs)
	results := make(chan result, numJobs)
	var wg sync.WaitGroup

	for w := 1; w <= numWorkers; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i := 1; i <= numJobs; i++ {
		jobs <- job{id: i, n: i * 7}
	}
	close(jobs)

	go func() {
		wg.Wait()
		close(results)
	}()

	var all []result
	perWorker := map[int]int{}
	for r := range results {
		all = append(all, r)
		perWorker[r.worker]++
	}
	sort.Slice(all, func(i, j int) bool { return all[i].jobID < all[j].jobID })
	for _, r := range all {
		fmt.Printf("job %2d (n=%3d): %3d steps\n", r.jobID, r.jobID*7, r.value)
	}
	total := 0
	for _, c := range perWorker {
		total += c
	}
	fmt.Println("jobs processed:", total)

	// a mutex-protected counter
	var mu sync.Mutex
	counts := map[string]int{}
	var wg2 sync.WaitGroup
	words := []string{"go", "chan", "go", "select", "chan", "go"}
	for _, w := range words {
		wg2.Add(1)
		go func(w string) {
			defer wg2.Done()
			mu.Lock()
			counts[w]++
			mu.Unlock()
		}(w)
	}
	wg2.Wait()
	fmt.Println(counts)

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("initialized once") })
	}
}
