package main

import (
	"fmt"
	"strings"
	"sync"
)

type Job struct {
	ID   int
	Text string
}

type Result struct {
	ID    int
	Words int
	Upper string
	Err   error
}

func process(j Job) Result {
	if strings.TrimSpace(j.Text) == "" {
		return Result{ID: j.ID, Err: fmt.Errorf("job %d: empty", j.ID)}
	}
	return Result{ID: j.ID, Words: len(strings.Fields(j.Text)), Upper: strings.ToUpper(j.Text)}
}

func runPool(jobs []Job, workers int) []Result {
	in := make(chan Job)
	out := make(chan Result, len(jobs))
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range in {
				out <- process(j)
			}
		}(w)
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
		results[r.ID] = r
	}
	return results
}

func pipeline(nums []int) <-chan int {
	src := make(chan int)
	go func() {
		defer close(src)
		for _, n := range nums {
			src <- n
		}
	}()
	sq := make(chan int)
	go func() {
		defer close(sq)
		for n := range src {
			sq <- n * n
		}
	}()
	return sq
}

func main() {
	texts := []string{"the quick brown fox", "", "jumps over", "the lazy dog", "   ", "end"}
	var jobs []Job
	for i, t := range texts {
		jobs = append(jobs, Job{i, t})
	}
	for _, r := range runPool(jobs, 3) {
		if r.Err != nil {
			fmt.Println("error:", r.Err)
			continue
		}
		fmt.Printf("%d: %d words %q\n", r.ID, r.Words, r.Upper)
	}
	sum := 0
	for v := range pipeline([]int{1, 2, 3, 4, 5}) {
		sum += v
		fmt.Print(v, " ")
	}
	fmt.Println("sum", sum)

	var mu sync.Mutex
	var wg sync.WaitGroup
	counts := map[int]int{}
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			counts[i%5]++
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(counts)
}
