package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func producer(ctx context.Context, out chan<- int) error {
	defer close(out)
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case out <- i:
		}
	}
}

func firstOf(chs ...chan string) string {
	select {
	case v := <-chs[0]:
		return "0:" + v
	case v := <-chs[1]:
		return "1:" + v
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan int)
	errc := make(chan error, 1)
	go func() { errc <- producer(ctx, out) }()
	sum := 0
	for v := range out {
		sum += v
		if v == 9 {
			cancel()
			break
		}
	}
	for range out {
	}
	err := <-errc
	fmt.Println(sum, err, errors.Is(err, context.Canceled))

	a, b := make(chan string, 1), make(chan string, 1)
	b <- "bee"
	fmt.Println(firstOf(a, b))
	a <- "ay"
	fmt.Println(firstOf(a, b))

	ch := make(chan int)
	select {
	case v := <-ch:
		fmt.Println("got", v)
	default:
		fmt.Println("nothing ready")
	}

	tctx, tcancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer tcancel()
	block := make(chan int)
	select {
	case <-block:
		fmt.Println("impossible")
	case <-tctx.Done():
		fmt.Println("timeout:", tctx.Err())
	}
	vctx := context.WithValue(context.Background(), "user", "gopher")
	fmt.Println(vctx.Value("user"), vctx.Value("none"))

	var nilch chan int
	select {
	case nilch <- 1:
		fmt.Println("sent on nil")
	case <-time.After(5 * time.Millisecond):
		fmt.Println("nil channel blocks")
	}
	results := make(chan int)
	go func() {
		defer close(results)
		for i := range 5 {
			results <- i * i
		}
	}()
	for {
		v, ok := <-results
		if !ok {
			break
		}
		fmt.Print(v, ",")
	}
	fmt.Println()
}
