// Exercises: a generator goroutine stopped through context cancellation after the consumer is done.
package main

import (
	"context"
	"fmt"
)

func naturals(ctx context.Context, stopped chan<- int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		n := 1
		for {
			select {
			case <-ctx.Done():
				stopped <- n
				return
			case out <- n:
				n++
			}
		}
	}()
	return out
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan int, 1)
	sum := 0
	for v := range naturals(ctx, stopped) {
		sum += v
		if v == 10 {
			break
		}
	}
	cancel()
	last := <-stopped
	fmt.Println("sum", sum)
	fmt.Println("generator stopped near", last >= 10 && last <= 11)
	fmt.Println(ctx.Err())
	fmt.Println(context.Cause(ctx))
}
