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
	ID    int
	Words int
	Upper string
	Err   error
}

func process(j Job) Result {
	if j.Input == "" {
		return Result{ID: j.ID, Err: fmt.Errorf("job %d: empty input", j.ID)}
	}
	return Result{ID: j.ID, Words: len(strings.Fields(j.Input)), Upper: strings.ToUpper(j.Input)}
}

func main() {
	inputs := []string{"the quick brown fox", "", "jumps over", "the lazy dog", "a b c d e f", "go"}
	jobs := make(chan Job)
	results := make([]Result, len(inputs))
	var wg sync.WaitGroup
	const workers = 3
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobs {
				results[j.ID] = process(j)
			}
		}(w)
	}
	for i, s := range inputs {
		jobs <- Job{ID: i, Input: s}
	}
	close(jobs)
	wg.Wait()

	total := 0
	var failed []error
	for _, r := range results {
		if r.Err != nil {
			failed = append(failed, r.Err)
			continue
		}
		total += r.Words
		fmt.Printf("%d: %-20q words=%d\n", r.ID, r.Upper, r.Words)
	}
	fmt.Println("total words:", total)
	fmt.Println("failed:", failed)

	var mu sync.Mutex
	counts := map[int]int{}
	var wg2 sync.WaitGroup
	for _, s := range inputs {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			counts[len(s)]++
			mu.Unlock()
		}()
	}
	wg2.Wait()
	fmt.Println(counts)
}
