package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

type stage func(ctx context.Context, in <-chan int) <-chan int

func gen(ctx context.Context, n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 1; i <= n; i++ {
			select {
			case ch <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return ch
}

func mapStage(f func(int) int) stage {
	return func(ctx context.Context, in <-chan int) <-chan int {
		out := make(chan int)
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
}

var errTooBig = errors.New("value too big")

func consume(ctx context.Context, cancel context.CancelCauseFunc, in <-chan int, limit int) []int {
	var got []int
	for v := range in {
		if v > limit {
			cancel(fmt.Errorf("saw %d: %w", v, errTooBig))
			break
		}
		got = append(got, v)
	}
	return got
}

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	var c <-chan int = gen(ctx, 100)
	for _, s := range []stage{mapStage(func(x int) int { return x * 3 }), mapStage(func(x int) int { return x + 1 })} {
		c = s(ctx, c)
	}
	got := consume(ctx, cancel, c, 20)
	<-ctx.Done()
	fmt.Println(got)
	fmt.Println(ctx.Err(), context.Cause(ctx), errors.Is(context.Cause(ctx), errTooBig))

	parent, pcancel := context.WithCancel(context.WithValue(context.Background(), "user", "ann"))
	child, ccancel := context.WithCancel(parent)
	defer ccancel()
	var wg sync.WaitGroup
	results := make([]string, 3)
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-child.Done()
			results[i] = fmt.Sprintf("w%d stopped: %v user=%v", i, child.Err(), child.Value("user"))
		}()
	}
	pcancel()
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}

	ctx3, cancel3 := context.WithCancel(context.Background())
	cancel3()
	select {
	case <-ctx3.Done():
		fmt.Println("already done:", errors.Is(ctx3.Err(), context.Canceled))
	default:
		fmt.Println("not done")
	}
}
