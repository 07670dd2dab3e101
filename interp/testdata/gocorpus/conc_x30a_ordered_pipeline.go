package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
)

type result[T any] struct {
	idx int
	val T
	err error
}

// ParallelMap applies f to every input with n workers and keeps the input order.
// The first error cancels the remaining work.
func ParallelMap[In, Out any](ctx context.Context, n int, in []In, f func(context.Context, In) (Out, error)) ([]Out, error) {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)

	jobs := make(chan int)
	results := make(chan result[Out])
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				v, err := f(ctx, in[i])
				if err != nil {
					cancel(err)
				}
				select {
				case results <- result[Out]{i, v, err}:
				case <-ctx.Done():
				}
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i := range in {
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	out := make([]Out, len(in))
	for r := range results {
		if r.err == nil {
			out[r.idx] = r.val
		}
	}
	if err := context.Cause(ctx); err != nil {
		return nil, err
	}
	return out, nil
}

var ErrBadWord = errors.New("bad word")

func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	upper, err := ParallelMap(context.Background(), 3, words, func(_ context.Context, s string) (string, error) {
		return strings.ToUpper(s), nil
	})
	fmt.Println(upper, err)

	lens, err := ParallelMap(context.Background(), 4, words, func(_ context.Context, s string) (int, error) {
		return len(s), nil
	})
	fmt.Println(lens, err)

	_, err = ParallelMap(context.Background(), 2, words, func(_ context.Context, s string) (int, error) {
		if s == "fox" {
			return 0, fmt.Errorf("%w: %q", ErrBadWord, s)
		}
		return len(s), nil
	})
	fmt.Println(err, errors.Is(err, ErrBadWord))

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = ParallelMap(ctx, 2, []int{1, 2, 3}, func(_ context.Context, n int) (int, error) { return n, nil })
	fmt.Println(err)

	squares, _ := ParallelMap(context.Background(), 8, []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, func(_ context.Context, n int) (int, error) {
		return n * n, nil
	})
	fmt.Println(squares)
}
