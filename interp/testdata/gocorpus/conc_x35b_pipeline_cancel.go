package main

import (
	"context"
	"fmt"
	"sync"
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

func square(ctx context.Context, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			select {
			case out <- n * n:
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
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan int) {
			defer wg.Done()
			for v := range c {
				select {
				case out <- v:
				case <-ctx.Done():
					return
				}
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	ctx := context.Background()
	src := generate(ctx, 1, 2, 3, 4, 5, 6, 7, 8)
	c1 := square(ctx, src)
	c2 := square(ctx, src)
	total := 0
	count := 0
	for v := range merge(ctx, c1, c2) {
		total += v
		count++
	}
	fmt.Println("sum of squares:", total, "count:", count)

	// early cancellation: take only the first value
	ctx2, cancel := context.WithCancel(context.Background())
	nums := make([]int, 100)
	for i := range nums {
		nums[i] = i + 1
	}
	out := square(ctx2, generate(ctx2, nums...))
	first := <-out
	cancel()
	rest := 0
	for range out {
		rest++
	}
	fmt.Println("first:", first, "drained some:", rest < 50, "err:", ctx2.Err())

	ctx3, cancel3 := context.WithCancelCause(context.Background())
	cancel3(fmt.Errorf("shutdown requested"))
	<-ctx3.Done()
	fmt.Println(ctx3.Err(), "|", context.Cause(ctx3))
}
