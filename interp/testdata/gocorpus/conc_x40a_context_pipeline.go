package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

func generate(ctx context.Context, nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			select {
			case out <- n:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func stage(ctx context.Context, in <-chan int, f func(int) int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			select {
			case out <- f(n):
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func merge(ctx context.Context, cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	for _, c := range cs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range c {
				select {
				case out <- n:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func slowOp(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

type ctxKey string

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	src := generate(ctx, 1, 2, 3, 4, 5, 6)
	a := stage(ctx, src, func(n int) int { return n * n })
	b := stage(ctx, a, func(n int) int { return n + 1 })
	total := 0
	for v := range merge(ctx, b) {
		total += v
	}
	fmt.Println("total:", total)
	cancel()

	ctx2, cancel2 := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel2()
	err := slowOp(ctx2, 500*time.Millisecond)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded))
	fmt.Println(slowOp(context.Background(), time.Millisecond))

	ctx3, cancel3 := context.WithCancel(context.Background())
	nums := generate(ctx3, 10, 20, 30, 40)
	fmt.Println(<-nums, <-nums)
	cancel3()
	<-ctx3.Done()
	fmt.Println(ctx3.Err())

	vctx := context.WithValue(context.Background(), ctxKey("user"), "gopher")
	if u, ok := vctx.Value(ctxKey("user")).(string); ok {
		fmt.Println("user:", u)
	}
	fmt.Println(vctx.Value(ctxKey("missing")))
}
