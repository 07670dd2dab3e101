package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

type Job struct {
	ID    int
	Input int
}

type Result struct {
	JobID  int
	Output int
	Err    error
}

var ErrNegative = errors.New("negative input")

func collatzSteps(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func worker(ctx context.Context, id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			return
		case j, ok := <-jobs:
			if !ok {
				return
			}
			if j.Input <= 0 {
				results <- Result{j.ID, 0, fmt.Errorf("job %d: %w", j.ID, ErrNegative)}
				continue
			}
			results <- Result{j.ID, collatzSteps(j.Input), nil}
		}
	}
}

func run(inputs []int, nworkers int) []Result {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	jobs := make(chan Job)
	results := make(chan Result)
	var wg sync.WaitGroup
	for i := 0; i < nworkers; i++ {
		wg.Add(1)
		go worker(ctx, i, jobs, results, &wg)
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
	out := make([]Result, len(inputs))
	for r := range results {
		out[r.JobID] = r
	}
	return out
}

func main() {
	inputs := []int{27, 7, -3, 97, 1, 871, 0, 6171}
	res := run(inputs, 3)
	best := Result{Output: -1}
	for i, r := range res {
		if r.Err != nil {
			fmt.Printf("%d: error %v (neg=%t)\n", inputs[i], r.Err, errors.Is(r.Err, ErrNegative))
			continue
		}
		fmt.Printf("%d: %d steps\n", inputs[i], r.Output)
		if r.Output > best.Output {
			best = r
		}
	}
	fmt.Println("longest:", inputs[best.JobID], best.Output)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	select {
	case <-ctx.Done():
		fmt.Println("cancelled:", ctx.Err(), errors.Is(ctx.Err(), context.Canceled))
	default:
		fmt.Println("not cancelled")
	}

	var mu sync.RWMutex
	cache := map[int]int{}
	var wg sync.WaitGroup
	for _, n := range []int{3, 5, 3, 9, 5, 3} {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			mu.RLock()
			_, ok := cache[n]
			mu.RUnlock()
			if !ok {
				mu.Lock()
				cache[n] = collatzSteps(n)
				mu.Unlock()
			}
		}(n)
	}
	wg.Wait()
	fmt.Println(cache)
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	fmt.Println(len(ch), cap(ch))
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	v, ok := <-ch
	fmt.Println(v, ok)
}
