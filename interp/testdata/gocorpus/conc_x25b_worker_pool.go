package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

type Job struct {
	ID    int
	Input string
}

type Result struct {
	Job    Job
	Output string
	Err    error
}

var ErrEmptyInput = errors.New("empty input")

func process(j Job) (string, error) {
	if j.Input == "" {
		return "", fmt.Errorf("job %d: %w", j.ID, ErrEmptyInput)
	}
	if strings.HasPrefix(j.Input, "!") {
		panic("bang in job " + fmt.Sprint(j.ID))
	}
	return strings.ToUpper(j.Input) + strings.Repeat("!", len(j.Input)%3), nil
}

func safeProcess(j Job) (out string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return process(j)
}

func pool(workers int, jobs []Job) []Result {
	in := make(chan Job)
	out := make(chan Result)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range in {
				o, err := safeProcess(j)
				out <- Result{j, o, err}
			}
		}()
	}
	go func() {
		for _, j := range jobs {
			in <- j
		}
		close(in)
	}()
	go func() {
		wg.Wait()
		close(out)
	}()
	results := make([]Result, len(jobs))
	for r := range out {
		results[r.Job.ID] = r
	}
	return results
}

func main() {
	inputs := []string{"alpha", "", "gamma", "!boom", "epsilon", "z", "", "theta"}
	jobs := make([]Job, len(inputs))
	for i, s := range inputs {
		jobs[i] = Job{i, s}
	}
	results := pool(3, jobs)
	var errs []error
	for _, r := range results {
		if r.Err != nil {
			fmt.Printf("%d ERR %v\n", r.Job.ID, r.Err)
			errs = append(errs, r.Err)
			continue
		}
		fmt.Printf("%d %s -> %s\n", r.Job.ID, r.Job.Input, r.Output)
	}
	all := errors.Join(errs...)
	fmt.Println(errors.Is(all, ErrEmptyInput))
	fmt.Println(strings.Count(all.Error(), "\n")+1, "errors")
	var mu sync.RWMutex
	cache := map[int]int{}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			cache[i%4] += i
			mu.Unlock()
			mu.RLock()
			_ = cache[0]
			mu.RUnlock()
		}()
	}
	wg.Wait()
	fmt.Println(cache)
}
