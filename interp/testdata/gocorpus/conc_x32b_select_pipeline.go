package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

func generate(ctx context.Context, nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			select {
			case out <- n:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func square(ctx context.Context, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			select {
			case out <- n * n:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func merge(chans ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int, 16)
	for _, c := range chans {
		wg.Add(1)
		go func(c <-chan int) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func slowOp(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ctx := context.Background()
	src := generate(ctx, 1, 2, 3, 4, 5, 6)
	a := square(ctx, src)
	b := square(ctx, generate(ctx, 10, 20))
	sum := 0
	count := 0
	for v := range merge(a, b) {
		sum += v
		count++
	}
	fmt.Println("sum of squares:", sum, "count:", count)

	ctx2, cancel := context.WithCancel(context.Background())
	nums := generate(ctx2, 1, 2, 3, 4, 5, 6, 7, 8, 9)
	for v := range nums {
		if v == 3 {
			cancel()
			break
		}
		fmt.Println("got", v)
	}
	<-ctx2.Done()
	fmt.Println("ctx2:", ctx2.Err())

	tctx, tcancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer tcancel()
	err := slowOp(tctx, time.Second)
	fmt.Println("slow:", err, errors.Is(err, context.DeadlineExceeded))
	fmt.Println("fast:", slowOp(context.Background(), time.Millisecond))

	results := make(chan string)
	done := make(chan struct{})
	go func() {
		for i := 0; i < 3; i++ {
			results <- fmt.Sprint("msg", i)
		}
		close(done)
	}()
	for {
		select {
		case r := <-results:
			fmt.Println("recv", r)
			continue
		case <-done:
			fmt.Println("done")
		}
		break
	}

	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	active, peak := 0, 0
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			mu.Lock()
			active++
			peak = max(peak, active)
			mu.Unlock()
			time.Sleep(2 * time.Millisecond)
			mu.Lock()
			active--
			mu.Unlock()
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println("peak <= 2:", peak <= 2, "active:", active)

	var ch chan int
	select {
	case v := <-ch:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel never ready")
	}
	vctx := context.WithValue(context.Background(), "user", "gopher")
	fmt.Println(vctx.Value("user"), vctx.Value("other"))
}
