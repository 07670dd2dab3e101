package main

import (
	"fmt"
	"strings"
	"sync"
)

type Job struct {
	ID   int
	Line string
}

type Result struct {
	Job
	Words, Upper int
	Err          error
}

func gen(lines []string) <-chan Job {
	out := make(chan Job)
	go func() {
		defer close(out)
		for i, l := range lines {
			out <- Job{i, l}
		}
	}()
	return out
}

func worker(id int, in <-chan Job, out chan<- Result, wg *sync.WaitGroup, processed []int) {
	defer wg.Done()
	for j := range in {
		r := Result{Job: j}
		if strings.TrimSpace(j.Line) == "" {
			r.Err = fmt.Errorf("job %d: empty line", j.ID)
		} else {
			r.Words = len(strings.Fields(j.Line))
			for _, c := range j.Line {
				if c >= 'A' && c <= 'Z' {
					r.Upper++
				}
			}
		}
		processed[id]++
		out <- r
	}
}

func main() {
	lines := []string{
		"The Quick brown fox",
		"jumps over the Lazy Dog",
		"",
		"Go Is Fun",
		"   ",
		"concurrency is not parallelism",
		"Rob Pike said THAT",
	}
	const workers = 3
	in := gen(lines)
	out := make(chan Result)
	var wg sync.WaitGroup
	processed := make([]int, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go worker(w, in, out, &wg, processed)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	results := make([]Result, len(lines))
	for r := range out {
		results[r.ID] = r
	}
	total := 0
	for _, r := range processed {
		total += r
	}
	var mu sync.Mutex
	summary := map[string]int{}
	var wg2 sync.WaitGroup
	for _, r := range results {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			defer mu.Unlock()
			if r.Err != nil {
				summary["errors"]++
				return
			}
			summary["words"] += r.Words
			summary["upper"] += r.Upper
		}()
	}
	wg2.Wait()
	for _, r := range results {
		if r.Err != nil {
			fmt.Printf("%d: ERROR %v\n", r.ID, r.Err)
			continue
		}
		fmt.Printf("%d: %-32q words=%d upper=%d\n", r.ID, r.Line, r.Words, r.Upper)
	}
	fmt.Println("processed:", total, "summary:", summary)
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
}
