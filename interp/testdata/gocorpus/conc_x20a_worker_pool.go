package main

import (
	"fmt"
	"sort"
	"sync"
)

type Job struct {
	ID    int
	Input int
}

type Result struct {
	JobID  int
	Worker int
	Output int
}

func collatzLen(n int) int {
	c := 1
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		c++
	}
	return c
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- Result{JobID: j.ID, Worker: id, Output: collatzLen(j.Input)}
	}
}

func main() {
	const numJobs, numWorkers = 20, 4
	jobs := make(chan Job, numJobs)
	results := make(chan Result, numJobs)
	var wg sync.WaitGroup
	for w := 1; w <= numWorkers; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i := 0; i < numJobs; i++ {
		jobs <- Job{ID: i, Input: i*7 + 1}
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []Result
	workersUsed := map[int]bool{}
	for r := range results {
		all = append(all, r)
		workersUsed[r.Worker] = true
	}
	sort.Slice(all, func(i, j int) bool { return all[i].JobID < all[j].JobID })
	total := 0
	for _, r := range all {
		fmt.Printf("job %2d -> %3d\n", r.JobID, r.Output)
		total += r.Output
	}
	fmt.Println("jobs:", len(all), "total:", total, "some worker ran:", len(workersUsed) > 0)

	var mu sync.Mutex
	var wg2 sync.WaitGroup
	sums := make(map[int]int)
	for i := range 10 {
		wg2.Go(func() {
			mu.Lock()
			defer mu.Unlock()
			sums[i%3] += i
		})
	}
	wg2.Wait()
	fmt.Println(sums)
}
