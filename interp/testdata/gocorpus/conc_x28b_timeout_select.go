package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// A timeout must not leave the worker goroutine blocked on an unbuffered send.
// Give the result channel a buffer of 1, or select on ctx.Done() in the worker.

type result struct {
	val int
	err error
}

// slowWork blocks until released; it does not watch the context.
func slowWork(release <-chan struct{}, n int) (int, error) {
	<-release
	return n * n, nil
}

func withTimeout(parent context.Context, d time.Duration, release <-chan struct{}, n int, wg *sync.WaitGroup) (int, error) {
	ctx, cancel := context.WithTimeout(parent, d)
	defer cancel()
	ch := make(chan result, 1) // buffered: the worker can always finish
	wg.Add(1)
	go func() {
		defer wg.Done()
		v, err := slowWork(release, n)
		ch <- result{v, err}
	}()
	select {
	case r := <-ch:
		return r.val, r.err
	case <-ctx.Done():
		return 0, fmt.Errorf("work(%d): %w", n, ctx.Err())
	}
}

func main() {
	var wg sync.WaitGroup

	released := make(chan struct{})
	close(released)
	v, err := withTimeout(context.Background(), time.Second, released, 7, &wg)
	fmt.Println(v, err)

	never := make(chan struct{})
	v, err = withTimeout(context.Background(), 20*time.Millisecond, never, 8, &wg)
	fmt.Println(v, err)
	fmt.Println("deadline exceeded:", errors.Is(err, context.DeadlineExceeded))
	close(never) // the worker can still deliver into the buffered channel
	wg.Wait()
	fmt.Println("worker finished after timeout")

	parent, cancel := context.WithCancel(context.Background())
	cancel()
	hold := make(chan struct{})
	v, err = withTimeout(parent, time.Second, hold, 9, &wg)
	fmt.Println(v, err, errors.Is(err, context.Canceled))
	close(hold)
	wg.Wait()

	// Deadline inspection without printing wall-clock values.
	ctx, cancel2 := context.WithTimeout(context.Background(), time.Hour)
	defer cancel2()
	dl, ok := ctx.Deadline()
	fmt.Println("has deadline:", ok, !dl.IsZero())
	_, ok = context.Background().Deadline()
	fmt.Println("background has deadline:", ok)

	// A ticker-free heartbeat using a buffered channel and select default.
	beats := make(chan int, 3)
	for i := range 5 {
		select {
		case beats <- i:
		default:
			fmt.Println("heartbeat", i, "dropped")
		}
	}
	close(beats)
	for b := range beats {
		fmt.Print("beat ", b, " ")
	}
	fmt.Println()

	// time.After in a loop: with one select per iteration each creates a timer;
	// a single timer for the whole operation is the idiom.
	data := make(chan int)
	go func() {
		for i := range 3 {
			data <- i
		}
		close(data)
	}()
	overall := time.NewTimer(time.Second)
	defer overall.Stop()
	sum := 0
loop:
	for {
		select {
		case v, ok := <-data:
			if !ok {
				break loop
			}
			sum += v
		case <-overall.C:
			fmt.Println("overall timeout")
			break loop
		}
	}
	fmt.Println("sum:", sum)
	fmt.Println(context.Cause(ctx), ctx.Err())
}
