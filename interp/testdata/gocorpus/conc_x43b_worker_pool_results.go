package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

type Job struct {
	ID   int
	Text string
}

type Result struct {
	JobID  int
	Worker int
	Words  int
	Upper  string
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- Result{
			JobID:  j.ID,
			Worker: id,
			Words:  len(strings.Fields(j.Text)),
			Upper:  strings.ToUpper(j.Text),
		}
	}
}

func main() {
	texts := []string{
		"the quick brown fox",
		"jumps over",
		"the lazy dog",
		"concurrency is not parallelism",
		"do not communicate by sharing memory",
		"share memory by communicating",
	}
	jobs := make(chan Job)
	results := make(chan Result, len(texts))
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	go func() {
		for i, t := range texts {
			jobs <- Job{i, t}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []Result
	workersUsed := map[int]bool{}
	for r := range results {
		workersUsed[r.Worker] = true
		r.Worker = 0
		all = append(all, r)
	}
	slices.SortFunc(all, func(a, b Result) int { return a.JobID - b.JobID })
	total := 0
	for _, r := range all {
		fmt.Printf("%d %-2d %q\n", r.JobID, r.Words, r.Upper)
		total += r.Words
	}
	fmt.Println("total words:", total, "workers>0:", len(workersUsed) > 0)
}
