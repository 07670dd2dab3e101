package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
)

type result struct {
	id  int
	val int
	err error
}

var errUnlucky = errors.New("unlucky number")

func work(ctx context.Context, id int) (int, error) {
	if id == 13 {
		return 0, errUnlucky
	}
	select {
	case <-ctx.Done():
		return 0, ctx.Err()
	default:
	}
	return id * 10, nil
}

func runAll(ctx context.Context, ids []int) []result {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	jobs := make(chan int)
	results := make(chan result)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for id := range jobs {
				v, err := work(ctx, id)
				results <- result{id, v, err}
			}
		}()
	}
	go func() {
		defer close(jobs)
		for _, id := range ids {
			select {
			case jobs <- id:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	var out []result
	for r := range results {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].id < out[j].id })
	return out
}

type ctxKey string

func main() {
	ctx := context.WithValue(context.Background(), ctxKey("user"), "gopher")
	res := runAll(ctx, []int{1, 2, 3, 13, 5})
	for _, r := range res {
		if r.err != nil {
			fmt.Printf("job %d: error %v\n", r.id, r.err)
			continue
		}
		fmt.Printf("job %d: %d\n", r.id, r.val)
	}
	fmt.Println("user:", ctx.Value(ctxKey("user")))

	cctx, cancel := context.WithCancel(context.Background())
	cancel()
	res = runAll(cctx, []int{4, 5, 6})
	allCanceled := true
	for _, r := range res {
		if !errors.Is(r.err, context.Canceled) {
			allCanceled = false
		}
	}
	fmt.Println("after cancel, all canceled:", allCanceled)
	<-cctx.Done()
	fmt.Println(cctx.Err(), errors.Is(cctx.Err(), context.Canceled))

	cause := errors.New("shutting down")
	c2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(cause)
	fmt.Println(c2.Err(), context.Cause(c2))

	// Watch for cancellation in a goroutine with a result channel.
	c3, cancel3 := context.WithCancel(context.Background())
	done := make(chan string)
	go func() {
		<-c3.Done()
		done <- "worker saw: " + c3.Err().Error()
	}()
	cancel3()
	fmt.Println(<-done)
}
