package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

type Job struct {
	Idx  int
	Seed uint32
}

type Result struct {
	Idx   int
	Steps int
	Err   error
}

var ErrTooLong = errors.New("sequence too long")

func collatz(ctx context.Context, n uint32) (int, error) {
	steps := 0
	for n != 1 {
		select {
		case <-ctx.Done():
			return steps, ctx.Err()
		default:
		}
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
		if steps > 150 {
			return steps, fmt.Errorf("seed overflowed: %w", ErrTooLong)
		}
	}
	return steps, nil
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	jobs := make(chan Job)
	results := make(chan Result)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobs {
				s, err := collatz(ctx, j.Seed)
				results <- Result{j.Idx, s, err}
			}
		}(w)
	}
	seeds := []uint32{6, 7, 27, 97, 871, 1, 12, 255, 703, 9}
	go func() {
		for i, s := range seeds {
			jobs <- Job{i, s}
		}
		close(jobs)
	}()
	go func() { wg.Wait(); close(results) }()
	out := make([]Result, len(seeds))
	for r := range results {
		out[r.Idx] = r
	}
	longest := out[0]
	for i, r := range out {
		status := "ok"
		if r.Err != nil {
			status = r.Err.Error()
		}
		fmt.Printf("%4d: %3d steps %s\n", seeds[i], r.Steps, status)
		if r.Err == nil && r.Steps > longest.Steps {
			longest = r
		}
	}
	fmt.Println("longest:", seeds[longest.Idx], longest.Steps)
	cancel()
	_, err := collatz(ctx, 27)
	fmt.Println(err, errors.Is(err, context.Canceled))
}
