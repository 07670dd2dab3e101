// Exercises: context.WithCancel used to stop a generator goroutine, ctx.Done in a select, ctx.Err after cancel, a done channel confirming the goroutine exited, context values.
package main

import (
	"context"
	"fmt"
)

type ctxKey string

func fib(ctx context.Context, exited chan<- string) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		a, b := 0, 1
		for {
			select {
			case out <- a:
				a, b = b, a+b
			case <-ctx.Done():
				exited <- fmt.Sprint("generator stopped: ", ctx.Err(), " (", ctx.Value(ctxKey("name")), ")")
				return
			}
		}
	}()
	return out
}

func main() {
	base := context.WithValue(context.Background(), ctxKey("name"), "fib")
	ctx, cancel := context.WithCancel(base)
	exited := make(chan string, 1)
	var got []int
	for v := range fib(ctx, exited) {
		if v > 100 {
			cancel()
			break
		}
		got = append(got, v)
	}
	fmt.Println(got)
	fmt.Println(<-exited)
	fmt.Println(ctx.Err(), context.Cause(ctx))
	cancel() // second cancel is a no-op
	child, stop := context.WithCancel(ctx)
	defer stop()
	<-child.Done()
	fmt.Println("child of cancelled:", child.Err())
}
