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
	Input string
}

type Result struct {
	JobID  int
	Output int
	Err    error
}

var errBad = errors.New("bad input")

func process(ctx context.Context, j Job) (int, error) {
	select {
	case <-ctx.Done():
		return 0, ctx.Err()
	default:
	}
	if j.Input == "" {
		return 0, fmt.Errorf("job %d: %w", j.ID, errBad)
	}
	sum := 0
	for _, r := range j.Input {
		sum += int(r)
	}
	return sum, nil
}

func runPool(ctx context.Context, workers int, jobs []Job) []Result {
	in := make(chan Job)
	out := make(chan Result, len(jobs))
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range in {
				v, err := process(ctx, j)
				out <- Result{j.ID, v, err}
			}
		}(w)
	}
	go func() {
		defer close(in)
		for _, j := range jobs {
			select {
			case in <- j:
			case <-ctx.Done():
				return
			}
		}
	}()
	wg.Wait()
	close(out)
	var res []Result
	for r := range out {
		res = append(res, r)
	}
	sort.Slice(res, func(a, b int) bool { return res[a].JobID < res[b].JobID })
	return res
}

func main() {
	jobs := []Job{{1, "abc"}, {2, ""}, {3, "go"}, {4, "worker"}, {5, "pool"}}
	res := runPool(context.Background(), 3, jobs)
	total := 0
	for _, r := range res {
		if r.Err != nil {
			fmt.Printf("job %d failed: %v (bad=%v)\n", r.JobID, r.Err, errors.Is(r.Err, errBad))
			continue
		}
		total += r.Output
		fmt.Printf("job %d = %d\n", r.JobID, r.Output)
	}
	fmt.Println("total", total)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	res = runPool(ctx, 2, jobs)
	n := 0
	for _, r := range res {
		if errors.Is(r.Err, context.Canceled) {
			n++
		}
	}
	fmt.Println("cancelled results all canceled:", n == len(res), ctx.Err())
}
