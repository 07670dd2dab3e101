package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

func counter(ctx context.Context, start int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := start; ; i++ {
			select {
			case ch <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return ch
}

func collatzLen(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

type job struct {
	n   int
	out *int
}

func parallelMap(ctx context.Context, nums []int, workers int) ([]int, error) {
	res := make([]int, len(nums))
	jobs := make(chan job)
	var wg sync.WaitGroup
	errOnce := sync.Once{}
	var firstErr error
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if j.n <= 0 {
					errOnce.Do(func() { firstErr = fmt.Errorf("bad input %d", j.n) })
					continue
				}
				*j.out = collatzLen(j.n)
			}
		}()
	}
	for i, n := range nums {
		if err := ctx.Err(); err != nil {
			close(jobs)
			wg.Wait()
			return nil, err
		}
		select {
		case jobs <- job{n, &res[i]}:
		case <-ctx.Done():
			close(jobs)
			wg.Wait()
			return nil, ctx.Err()
		}
	}
	close(jobs)
	wg.Wait()
	return res, firstErr
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	sum := 0
	for v := range counter(ctx, 10) {
		sum += v
		if v == 20 {
			cancel()
			break
		}
	}
	fmt.Println("sum 10..20 =", sum)

	nums := []int{27, 97, 871, 6171, 77031, 1, 2, 3}
	lens, err := parallelMap(context.Background(), nums, 3)
	fmt.Println(lens, err)
	_, err = parallelMap(context.Background(), []int{5, -1, 7, 9}, 2)
	fmt.Println("error:", err)
	done, stop := context.WithCancel(context.Background())
	stop()
	_, err = parallelMap(done, nums, 2)
	fmt.Println(err, errors.Is(err, context.Canceled))
	ctx2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(errors.New("shutting down"))
	fmt.Println(ctx2.Err(), context.Cause(ctx2))
}
