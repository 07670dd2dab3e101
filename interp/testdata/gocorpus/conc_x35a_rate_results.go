package main

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
)

type Job struct {
	ID    int
	Input string
}

type Result struct {
	JobID int
	Out   int
	Err   error
}

func process(j Job) (int, error) {
	if j.Input == "" {
		return 0, errors.New("empty input")
	}
	if j.Input == "boom" {
		panic("exploded on " + j.Input)
	}
	sum := 0
	for _, r := range j.Input {
		sum += int(r)
	}
	return sum, nil
}

func safeProcess(j Job) (res Result) {
	res.JobID = j.ID
	defer func() {
		if r := recover(); r != nil {
			res.Err = fmt.Errorf("job %d panicked: %v", j.ID, r)
		}
	}()
	res.Out, res.Err = process(j)
	return
}

func main() {
	inputs := []string{"go", "", "python", "boom", "rust", "c"}
	jobs := make([]Job, len(inputs))
	for i, in := range inputs {
		jobs[i] = Job{i + 1, in}
	}

	results := make([]Result, len(jobs))
	var wg sync.WaitGroup
	var processed atomic.Int32
	sem := make(chan struct{}, 2)
	for i, j := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			results[i] = safeProcess(j)
			processed.Add(1)
		}()
	}
	wg.Wait()

	var failed []error
	for _, r := range results {
		if r.Err != nil {
			failed = append(failed, r.Err)
			fmt.Printf("job %d: ERROR %v\n", r.JobID, r.Err)
			continue
		}
		fmt.Printf("job %d: %d\n", r.JobID, r.Out)
	}
	fmt.Println("processed:", processed.Load())
	fmt.Println(errors.Join(failed...))

	var rw sync.RWMutex
	cache := map[string]int{}
	var wg2 sync.WaitGroup
	for _, k := range []string{"a", "b", "a", "c", "b", "a"} {
		wg2.Add(1)
		go func(k string) {
			defer wg2.Done()
			rw.RLock()
			_, ok := cache[k]
			rw.RUnlock()
			if !ok {
				rw.Lock()
				cache[k] = len(k)
				rw.Unlock()
			}
		}(k)
	}
	wg2.Wait()
	fmt.Println(cache)
}
