// Exercises: worker pool with jobs and results channels, results collected by job index, errors per job, closing results after WaitGroup
package main

import (
	"fmt"
	"strconv"
	"sync"
)

type job struct {
	idx   int
	input string
}

type result struct {
	idx int
	out int
	err error
}

func process(j job) result {
	n, err := strconv.Atoi(j.input)
	if err != nil {
		return result{j.idx, 0, fmt.Errorf("job %d: %w", j.idx, err)}
	}
	return result{j.idx, n * n, nil}
}

func main() {
	inputs := []string{"1", "2", "x", "4", "5", "6", "-7", "8.0", "9"}
	jobs := make(chan job)
	results := make(chan result, len(inputs))
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- process(j)
			}
		}()
	}
	go func() {
		for i, in := range inputs {
			jobs <- job{i, in}
		}
		close(jobs)
	}()
	go func() { wg.Wait(); close(results) }()
	outs := make([]result, len(inputs))
	for r := range results {
		outs[r.idx] = r
	}
	total := 0
	for _, r := range outs {
		if r.err != nil {
			fmt.Println("error:", r.err)
			continue
		}
		total += r.out
	}
	fmt.Println("total:", total)
}
