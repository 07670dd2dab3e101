// Exercises: context.WithTimeout where the work is either instant or blocked forever.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func doWork(ctx context.Context, instant bool) error {
	result := make(chan int, 1)
	if instant {
		result <- 42
	}
	select {
	case v := <-result:
		fmt.Println("result", v)
		return nil
	default:
	}
	select {
	case v := <-result:
		fmt.Println("result", v)
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	fmt.Println(doWork(ctx, true))
	err := doWork(ctx, false)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded))
	_, hasDeadline := ctx.Deadline()
	fmt.Println(hasDeadline)
	cancel()
}
