package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slowSquare(ctx context.Context, n int, delay time.Duration) (int, error) {
	select {
	case <-time.After(delay):
		return n * n, nil
	case <-ctx.Done():
		return 0, ctx.Err()
	}
}

func producer(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := range n {
			ch <- i
		}
	}()
	return ch
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	v, err := slowSquare(ctx, 4, time.Millisecond)
	fmt.Println(v, err)
	v, err = slowSquare(ctx, 5, 2*time.Second)
	fmt.Println(v, err, errors.Is(err, context.DeadlineExceeded))

	ctx2, cancel2 := context.WithCancel(context.Background())
	cancel2()
	_, err = slowSquare(ctx2, 6, time.Second)
	fmt.Println(err)

	evens, odds := make(chan int, 10), make(chan int, 10)
	for x := range producer(10) {
		if x%2 == 0 {
			evens <- x
		} else {
			odds <- x
		}
	}
	close(evens)
	close(odds)
	sumE, sumO := 0, 0
	for evens != nil || odds != nil {
		select {
		case x, ok := <-evens:
			if !ok {
				evens = nil
				continue
			}
			sumE += x
		case x, ok := <-odds:
			if !ok {
				odds = nil
				continue
			}
			sumO += x
		}
	}
	fmt.Println("evens", sumE, "odds", sumO)

	results := make(chan string)
	go func() {
		time.Sleep(5 * time.Millisecond)
		results <- "fast"
	}()
	select {
	case r := <-results:
		fmt.Println("got", r)
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}
	full := make(chan int, 1)
	full <- 1
	select {
	case full <- 2:
		fmt.Println("sent")
	default:
		fmt.Println("channel full, dropping")
	}
	fmt.Println(len(full), cap(full))
}
