// Exercises: context.WithTimeout canceling a slow worker; the fast one finishes first.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func work(ctx context.Context, d time.Duration) (string, error) {
	select {
	case <-time.After(d):
		return fmt.Sprintf("finished in %v", d), nil
	case <-ctx.Done():
		return "", fmt.Errorf("work(%v): %w", d, ctx.Err())
	}
}

func main() {
	for _, d := range []time.Duration{time.Millisecond, 2 * time.Second} {
		ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
		res, err := work(ctx, d)
		cancel()
		fmt.Printf("%q %v deadline=%v canceled=%v\n", res, err,
			errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled))
	}
	parent, cancelParent := context.WithCancel(context.Background())
	child, cancelChild := context.WithTimeout(parent, time.Hour)
	defer cancelChild()
	cancelParent()
	<-child.Done()
	fmt.Println("child:", child.Err())
	ctx := context.WithValue(context.Background(), "user", "ann")
	fmt.Println(ctx.Value("user"), ctx.Value("missing"))
}
