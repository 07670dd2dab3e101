// Exercises: context - WithCancel stopping a worker, ctx.Err and context.Cause, WithValue lookups, an already expired deadline, AfterFunc
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type ctxKey string

func worker(ctx context.Context, in <-chan int, out chan<- int) {
	defer close(out)
	for {
		select {
		case <-ctx.Done():
			return
		case v := <-in:
			out <- v * 2
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	in, out := make(chan int), make(chan int)
	go worker(ctx, in, out)
	for i := 1; i <= 3; i++ {
		in <- i
		fmt.Println("got", <-out)
	}
	fmt.Println("before cancel:", ctx.Err())
	cancel()
	for range out {
	}
	fmt.Println("after cancel:", ctx.Err(), errors.Is(ctx.Err(), context.Canceled))
	cancel()

	vctx := context.WithValue(context.Background(), ctxKey("user"), "ann")
	child, stop := context.WithCancel(vctx)
	defer stop()
	fmt.Println(child.Value(ctxKey("user")), child.Value(ctxKey("none")), child.Value("user"))

	dctx, dcancel := context.WithDeadline(context.Background(), time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC))
	defer dcancel()
	<-dctx.Done()
	fmt.Println(dctx.Err(), errors.Is(dctx.Err(), context.DeadlineExceeded))

	cctx, ccancel := context.WithCancelCause(context.Background())
	ccancel(errors.New("shutting down"))
	fmt.Println(cctx.Err(), context.Cause(cctx))

	parent, pcancel := context.WithCancel(context.Background())
	kid, kcancel := context.WithCancel(parent)
	defer kcancel()
	fired := make(chan string, 1)
	context.AfterFunc(kid, func() { fired <- "after func ran" })
	pcancel()
	<-kid.Done()
	fmt.Println("child sees parent cancel:", kid.Err())
	fmt.Println(<-fired)
	fmt.Println(context.Background(), context.TODO())
}
