// Exercises: context.WithCancel, defer cancel, worker observing ctx.Done, ctx.Err after cancel
package main

import (
	"context"
	"fmt"
)

func worker(ctx context.Context, jobs <-chan int, out chan<- int) {
	for {
		select {
		case <-ctx.Done():
			close(out)
			return
		case j := <-jobs:
			out <- j * 10
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	jobs := make(chan int)
	out := make(chan int)
	go worker(ctx, jobs, out)
	for i := 1; i <= 3; i++ {
		jobs <- i
		fmt.Println(<-out)
	}
	fmt.Println(ctx.Err())
	cancel()
	_, ok := <-out
	fmt.Println(ok, ctx.Err())
}
