package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct{ job, square int }

// Many workers run one select statement at the same moment: each must
// send its own result.
func worker(id int, jobs <-chan int, out chan<- result, done <-chan struct{}, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		select {
		case out <- result{j, j * j}:
		case <-done:
			return
		}
	}
}

func main() {
	jobs := make(chan int)
	out := make(chan result, 8)
	done := make(chan struct{})
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go worker(w, jobs, out, done, &wg)
	}
	go func() {
		for i := 1; i <= 400; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	go func() { wg.Wait(); close(out) }()
	var all []result
	for r := range out {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].job < all[j].job })
	bad := 0
	for i, r := range all {
		if r.job != i+1 || r.square != r.job*r.job {
			bad++
		}
	}
	fmt.Println(len(all), "results,", bad, "wrong")
	close(done)
}
