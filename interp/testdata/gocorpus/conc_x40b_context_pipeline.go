package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

func gen(ctx context.Context, nums ...int) <-chan int {
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

func merge(cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int, 10)
	for _, c := range cs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

type ctxKey string

func main() {
	ctx := context.Background()
	total := 0
	for v := range square(ctx, gen(ctx, 1, 2, 3, 4)) {
		total += v
	}
	fmt.Println("sum of squares", total)

	// fan-out / fan-in; order made deterministic by summing
	src := gen(ctx, 1, 2, 3, 4, 5, 6)
	merged := merge(square(ctx, src), square(ctx, src))
	sum, count := 0, 0
	for v := range merged {
		sum += v
		count++
	}
	fmt.Println(sum, count)

	// cancellation stops the pipeline early
	cctx, cancel := context.WithCancel(ctx)
	taken := []int{}
	for v := range square(cctx, gen(cctx, 1, 2, 3, 4, 5, 6, 7, 8)) {
		taken = append(taken, v)
		if len(taken) == 3 {
			cancel()
			break
		}
	}
	fmt.Println(taken, cctx.Err(), errors.Is(cctx.Err(), context.Canceled))

	// values
	vctx := context.WithValue(ctx, ctxKey("user"), "ann")
	child := context.WithValue(vctx, ctxKey("role"), "admin")
	fmt.Println(child.Value(ctxKey("user")), child.Value(ctxKey("role")), vctx.Value(ctxKey("role")))
	fmt.Println(child.Value("user"))

	// cause
	c2, cancel2 := context.WithCancelCause(ctx)
	cancel2(errors.New("shutdown"))
	<-c2.Done()
	fmt.Println(c2.Err(), context.Cause(c2))

	// already-expired deadline-like: cancel before use
	c3, cancel3 := context.WithCancel(ctx)
	cancel3()
	select {
	case <-c3.Done():
		fmt.Println("done immediately")
	default:
		fmt.Println("not done")
	}
}
