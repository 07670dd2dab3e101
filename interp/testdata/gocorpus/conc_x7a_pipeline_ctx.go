// Exercises: generator-stage pipeline with context cancellation, generic stage function, select on send and Done, errgroup-like first error
package main

import (
	"context"
	"fmt"
	"sync"
)

func gen(ctx context.Context, n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			select {
			case out <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func stage[T, U any](ctx context.Context, in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for v := range in {
			select {
			case out <- f(v):
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	sq := stage(ctx, gen(ctx, 100), func(n int) int { return n * n })
	labels := stage(ctx, sq, func(n int) string { return fmt.Sprintf("<%d>", n) })
	var got []string
	for s := range labels {
		got = append(got, s)
		if len(got) == 4 {
			cancel()
			break
		}
	}
	fmt.Println(got)
	var mu sync.Mutex
	var firstErr error
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Go(func() {
			mu.Lock()
			defer mu.Unlock()
			if i == 2 && firstErr == nil {
				firstErr = fmt.Errorf("task %d failed", i)
			}
		})
	}
	wg.Wait()
	fmt.Println(firstErr, ctx.Err())
}
