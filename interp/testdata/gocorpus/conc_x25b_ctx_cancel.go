package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

func generate(ctx context.Context, n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; ; i++ {
			if i > n {
				return
			}
			select {
			case out <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

type key string

func worker(ctx context.Context, id int, jobs <-chan int, results chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	prefix, _ := ctx.Value(key("prefix")).(string)
	for j := range jobs {
		select {
		case <-ctx.Done():
			return
		default:
		}
		results <- fmt.Sprintf("%s%d", prefix, j*j)
	}
	_ = id
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	sum := 0
	for v := range generate(ctx, 1000) {
		sum += v
		if v == 10 {
			cancel()
			break
		}
	}
	fmt.Println("sum to 10:", sum)
	<-ctx.Done()
	fmt.Println(ctx.Err(), errors.Is(ctx.Err(), context.Canceled))

	vctx := context.WithValue(context.Background(), key("prefix"), "sq=")
	jobs := make(chan int)
	results := make(chan string, 20)
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Add(1)
		go worker(vctx, i, jobs, results, &wg)
	}
	for i := 1; i <= 6; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	close(results)
	got := map[string]bool{}
	for r := range results {
		got[r] = true
	}
	fmt.Println(got)

	cctx, ccancel := context.WithCancelCause(context.Background())
	ccancel(errors.New("shutdown requested"))
	fmt.Println(cctx.Err(), context.Cause(cctx))

	parent, pcancel := context.WithCancel(context.Background())
	child, chcancel := context.WithCancel(parent)
	defer chcancel()
	pcancel()
	<-child.Done()
	fmt.Println("child:", child.Err())
	tctx, tcancel := context.WithTimeout(context.Background(), 0)
	defer tcancel()
	<-tctx.Done()
	fmt.Println(tctx.Err(), errors.Is(tctx.Err(), context.DeadlineExceeded))
}
