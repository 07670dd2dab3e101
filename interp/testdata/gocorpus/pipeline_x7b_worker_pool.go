// Exercises: a worker pool with channels (jobs, results), sync.WaitGroup closing results, select with a done channel, results sorted for deterministic output, context.WithCancel.
package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
)

type result struct {
	job, value int
}

func worker(ctx context.Context, jobs <-chan int, out chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		select {
		case <-ctx.Done():
			return
		case out <- result{j, j * j}:
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	jobs := make(chan int)
	out := make(chan result, 4)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go worker(ctx, jobs, out, &wg)
	}
	go func() {
		for i := 1; i <= 10; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(out)
	}()
	var all []result
	sum := 0
	for r := range out {
		all = append(all, r)
		sum += r.value
	}
	sort.Slice(all, func(i, j int) bool { return all[i].job < all[j].job })
	fmt.Println(all)
	fmt.Println("sum", sum, "count", len(all), ctx.Err())
	cancel()
	<-ctx.Done()
	fmt.Println(ctx.Err(), context.Cause(ctx))
}
