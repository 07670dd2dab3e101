package main

import (
	"fmt"
	"strings"
	"sync"
)

type Job struct {
	ID    int
	Input string
}

type Result struct {
	JobID  int
	Output string
	Worker int
	Err    error
}

func process(s string) (string, error) {
	if strings.ContainsAny(s, "0123456789") {
		return "", fmt.Errorf("digits in %q", s)
	}
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return strings.ToUpper(string(r)), nil
}

func run(inputs []string, workers int) []Result {
	jobs := make(chan Job)
	results := make(chan Result, len(inputs))
	var wg sync.WaitGroup
	for w := 1; w <= workers; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobs {
				out, err := process(j.Input)
				results <- Result{JobID: j.ID, Output: out, Worker: id, Err: err}
			}
		}(w)
	}
	go func() {
		for i, in := range inputs {
			jobs <- Job{i, in}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	ordered := make([]Result, len(inputs))
	for r := range results {
		ordered[r.JobID] = r
	}
	return ordered
}

func main() {
	inputs := strings.Fields("gopher channel r2d2 select mutex héllo wait 42 group")
	res := run(inputs, 3)
	var okCount int
	perWorker := map[bool]int{}
	for _, r := range res {
		if r.Err != nil {
			fmt.Printf("%2d ERR %v\n", r.JobID, r.Err)
			continue
		}
		okCount++
		perWorker[r.Worker > 0]++
		fmt.Printf("%2d %-8s -> %s\n", r.JobID, inputs[r.JobID], r.Output)
	}
	fmt.Println("ok:", okCount, "of", len(res), perWorker)

	var mu sync.Mutex
	sum := 0
	var wg sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg.Go(func() {
			mu.Lock()
			defer mu.Unlock()
			sum += i
		})
	}
	wg.Wait()
	fmt.Println("sum:", sum)
}
