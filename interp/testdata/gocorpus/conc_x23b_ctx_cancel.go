package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
)

var ErrBadRecord = errors.New("bad record")

func worker(ctx context.Context, id int, in <-chan int, out chan<- string) error {
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case n, ok := <-in:
			if !ok {
				return nil
			}
			if n == 13 {
				return fmt.Errorf("worker %d: record %d: %w", id, n, ErrBadRecord)
			}
			select {
			case out <- fmt.Sprintf("%d^2=%d", n, n*n):
			case <-ctx.Done():
				return ctx.Err()
			}
		}
	}
}

func run(records []int) ([]string, error) {
	ctx, cancel := context.WithCancelCause(context.Background())
	defer cancel(nil)
	in := make(chan int)
	out := make(chan string)
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := worker(ctx, i, in, out); err != nil && !errors.Is(err, context.Canceled) {
				cancel(err)
			}
		}()
	}
	go func() {
		defer close(in)
		for _, r := range records {
			select {
			case in <- r:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(out) }()
	var got []string
	for s := range out {
		got = append(got, s)
	}
	sort.Strings(got)
	if err := context.Cause(ctx); err != nil {
		return nil, err
	}
	return got, nil
}

func main() {
	res, err := run([]int{1, 2, 3, 4, 5, 6})
	fmt.Println(res, err)
	res, err = run([]int{10, 11, 12, 13, 14})
	fmt.Println(res == nil, errors.Is(err, ErrBadRecord))
	ctx, cancel := context.WithCancel(context.WithValue(context.Background(), "tenant", "acme"))
	cancel()
	<-ctx.Done()
	fmt.Println(ctx.Err(), ctx.Value("tenant"))
}
