// Exercises: a fixed worker pool consuming jobs and producing results sorted afterwards.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Result struct {
	Job    int
	Output int
	Worker int
}

func main() {
	jobs := make(chan int, 20)
	results := make(chan Result, 20)
	var wg sync.WaitGroup
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- Result{j, j * j * j, w}
			}
		}()
	}
	for j := 1; j <= 10; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)
	var all []Result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Job < all[j].Job })
	for _, r := range all {
		fmt.Println(r.Job, r.Output, r.Worker >= 1 && r.Worker <= 4)
	}
}
