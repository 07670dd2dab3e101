// Exercises: context.WithCancel stopping a generator goroutine, ctx.Err after cancel, context.WithValue lookup, defer cancel, context cause
package main

import (
	"context"
	"errors"
	"fmt"
)

type key string

func gen(ctx context.Context) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for n := 1; ; n++ {
			select {
			case <-ctx.Done():
				return
			case ch <- n:
			}
		}
	}()
	return ch
}

func handle(ctx context.Context) string {
	user, ok := ctx.Value(key("user")).(string)
	if !ok {
		return "anonymous"
	}
	return user
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	sum := 0
	for n := range gen(ctx) {
		sum += n
		if n == 10 {
			break
		}
	}
	fmt.Println(sum, ctx.Err())
	cancel()
	<-ctx.Done()
	fmt.Println(ctx.Err(), errors.Is(ctx.Err(), context.Canceled))
	vctx := context.WithValue(context.Background(), key("user"), "gopher")
	fmt.Println(handle(vctx), handle(context.Background()))
	cctx, ccancel := context.WithCancelCause(context.Background())
	ccancel(errors.New("shutdown requested"))
	fmt.Println(cctx.Err(), context.Cause(cctx))
	child, cancelChild := context.WithCancel(vctx)
	defer cancelChild()
	fmt.Println(handle(child), child.Err() == nil)
}
