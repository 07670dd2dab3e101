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
	output := func(c <-chan int) {
		defer wg.Done()
		for n := range c {
			select {
			case out <- n:
			case <-ctx.Done():
				return
			}
		}
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func slowOperation(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

type ctxKey string

func handle(ctx context.Context) string {
	user, _ := ctx.Value(ctxKey("user")).(string)
	reqID, ok := ctx.Value(ctxKey("request-id")).(int)
	if !ok {
		return "user=" + user + " (no request id)"
	}
	return fmt.Sprintf("user=%s request=%d", user, reqID)
}

func main() {
	ctx := context.Background()

	// simple pipeline
	sum := 0
	for v := range square(ctx, square(ctx, generate(ctx, 1, 2, 3))) {
		sum += v
		fmt.Print(v, " ")
	}
	fmt.Println("sum", sum)

	// fan-out, fan-in: order is not fixed, so total the results
	in := generate(ctx, 1, 2, 3, 4, 5, 6)
	c1, c2, c3 := square(ctx, in), square(ctx, in), square(ctx, in)
	total, count := 0, 0
	for v := range merge(ctx, c1, c2, c3) {
		total += v
		count++
	}
	fmt.Println("fan-in received", count, "values, total", total)

	// cancellation stops the pipeline early
	cctx, cancel := context.WithCancel(ctx)
	got := 0
	for v := range square(cctx, generate(cctx, 1, 2, 3, 4, 5, 6, 7, 8)) {
		got++
		if v >= 9 {
			cancel()
			break
		}
	}
	cancel()
	fmt.Println("stopped after", got, "values; ctx err:", cctx.Err())

	// timeouts
	tctx, tcancel := context.WithTimeout(ctx, 20*time.Millisecond)
	defer tcancel()
	err := slowOperation(tctx, time.Second)
	fmt.Println("slow op:", err, errors.Is(err, context.DeadlineExceeded))
	err = slowOperation(ctx, time.Millisecond)
	fmt.Println("fast op:", err)

	// values
	vctx := context.WithValue(ctx, ctxKey("user"), "gopher")
	fmt.Println(handle(vctx))
	fmt.Println(handle(context.WithValue(vctx, ctxKey("request-id"), 42)))

	cause := errors.New("shutting down")
	cc, ccancel := context.WithCancelCause(ctx)
	ccancel(cause)
	<-cc.Done()
	fmt.Println("cause:", context.Cause(cc), "err:", cc.Err())
}
