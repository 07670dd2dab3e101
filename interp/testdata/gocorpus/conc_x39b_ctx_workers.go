package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
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

var errOdd = errors.New("odd input rejected")

func process(ctx context.Context, j Job) (int, error) {
	select {
	case <-ctx.Done():
		return 0, ctx.Err()
	default:
	}
	if j.Input%7 == 0 {
		return 0, fmt.Errorf("job %d: %w", j.ID, errOdd)
	}
	return j.Input * j.Input, nil
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
			out, err := process(ctx, j)
			select {
			case results <- Result{JobID: j.ID, Output: out, Err: err}:
			case <-ctx.Done():
				return
			}
		}
	}
}

func run(ctx context.Context, n int, inputs []int) []Result {
	jobs := make(chan Job)
	results := make(chan Result)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go worker(ctx, i, jobs, results, &wg)
	}
	go func() {
		defer close(jobs)
		for i, in := range inputs {
			select {
			case jobs <- Job{ID: i, Input: in}:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []Result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(a, b int) bool { return all[a].JobID < all[b].JobID })
	return all
}

func main() {
	ctx := context.Background()
	inputs := []int{3, 14, 5, 21, 8, 9, 2}
	res := run(ctx, 3, inputs)
	total := 0
	for _, r := range res {
		if r.Err != nil {
			fmt.Printf("job %d failed: %v (odd=%t)\n", r.JobID, r.Err, errors.Is(r.Err, errOdd))
			continue
		}
		total += r.Output
		fmt.Printf("job %d -> %d\n", r.JobID, r.Output)
	}
	fmt.Println("total:", total)

	cctx, cancel := context.WithCancel(ctx)
	cancel()
	res = run(cctx, 2, inputs)
	fmt.Println("after cancel, results <= inputs:", len(res) <= len(inputs), cctx.Err())

	vctx := context.WithValue(ctx, ctxKey("user"), "alice")
	fmt.Println("value:", vctx.Value(ctxKey("user")), vctx.Value(ctxKey("other")))
}

type ctxKey string
