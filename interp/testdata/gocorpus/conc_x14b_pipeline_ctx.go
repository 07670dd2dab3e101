package main

import (
	"context"
	"errors"
	"fmt"
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

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	src := gen(ctx, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
	sq := stage(ctx, src, func(n int) int { return n * n })
	plus := stage(ctx, sq, func(n int) int { return n + 1 })
	sum := 0
	for v := range plus {
		sum += v
		fmt.Print(v, " ")
		if sum > 100 {
			cancel()
			break
		}
	}
	fmt.Println("\nsum", sum)
	<-ctx.Done()
	fmt.Println(ctx.Err(), errors.Is(ctx.Err(), context.Canceled))

	type key string
	vctx := context.WithValue(context.Background(), key("user"), "gopher")
	fmt.Println(vctx.Value(key("user")), vctx.Value(key("other")))

	done := make(chan struct{})
	res := make(chan string, 3)
	go func() {
		defer close(done)
		for i := range 3 {
			res <- fmt.Sprint("msg", i)
		}
	}()
	<-done
	close(res)
	for m := range res {
		fmt.Println(m)
	}
	c2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(errors.New("shutdown"))
	fmt.Println(c2.Err(), context.Cause(c2))
}
