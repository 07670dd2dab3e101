package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

type Task struct {
	ID    int
	Steps int
}

var ErrTooLong = errors.New("task too long")

func process(ctx context.Context, t Task, budget int) (int, error) {
	sum := 0
	for i := 0; i < t.Steps; i++ {
		select {
		case <-ctx.Done():
			return sum, fmt.Errorf("task %d: %w", t.ID, ctx.Err())
		default:
		}
		if i >= budget {
			return sum, fmt.Errorf("task %d after %d steps: %w", t.ID, i, ErrTooLong)
		}
		sum += i * t.ID
	}
	return sum, nil
}

type outcome struct {
	id  int
	val int
	err error
}

func runAll(ctx context.Context, tasks []Task, budget int) []outcome {
	jobs := make(chan Task)
	results := make(chan outcome, len(tasks))
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for t := range jobs {
				v, err := process(ctx, t, budget)
				results <- outcome{t.ID, v, err}
			}
		}()
	}
	for _, t := range tasks {
		jobs <- t
	}
	close(jobs)
	wg.Wait()
	close(results)

	out := make([]outcome, len(tasks)+1)
	for r := range results {
		out[r.id] = r
	}
	return out[1:]
}

func main() {
	tasks := []Task{{1, 10}, {2, 200}, {3, 30}, {4, 5}, {5, 1000}}
	for _, o := range runAll(context.Background(), tasks, 100) {
		switch {
		case errors.Is(o.err, ErrTooLong):
			fmt.Printf("#%d too long: %v (partial %d)\n", o.id, o.err, o.val)
		case o.err != nil:
			fmt.Printf("#%d failed: %v\n", o.id, o.err)
		default:
			fmt.Printf("#%d ok: %d\n", o.id, o.val)
		}
	}

	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(errors.New("shutting down"))
	for _, o := range runAll(ctx, tasks[:2], 100) {
		fmt.Printf("#%d: %v canceled=%t\n", o.id, o.err, errors.Is(o.err, context.Canceled))
	}
	fmt.Println("cause:", context.Cause(ctx))

	ctx2, cancel2 := context.WithTimeout(context.Background(), 0)
	defer cancel2()
	<-ctx2.Done()
	fmt.Println("deadline:", ctx2.Err(), errors.Is(ctx2.Err(), context.DeadlineExceeded))
}
