package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
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

type Once struct {
	once sync.Once
	val  int
}

func (o *Once) Get() int {
	o.once.Do(func() {
		fmt.Println("computing once")
		o.val = 42
	})
	return o.val
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	ch := make(chan int)
	errc := make(chan error, 1)
	go func() { errc <- producer(ctx, ch) }()
	total := 0
	for v := range ch {
		total += v
		if v == 9 {
			cancel()
			break
		}
	}
	for range ch {
	}
	err := <-errc
	fmt.Println(total, err, errors.Is(err, context.Canceled))

	a := make(chan string, 1)
	b := make(chan string, 1)
	a <- "from a"
	select {
	case m := <-a:
		fmt.Println(m)
	case m := <-b:
		fmt.Println(m)
	}
	select {
	case m := <-b:
		fmt.Println(m)
	default:
		fmt.Println("nothing ready")
	}

	var nilch chan int
	select {
	case v := <-nilch:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel blocks")
	}

	done := make(chan struct{})
	c := make(chan int, 3)
	c <- 1
	c <- 2
	close(c)
	go func() {
		defer close(done)
		for {
			v, ok := <-c
			if !ok {
				fmt.Println("closed")
				return
			}
			fmt.Println("got", v)
		}
	}()
	<-done
	fmt.Println(len(c), cap(c))

	var o Once
	var wg sync.WaitGroup
	res := make([]int, 5)
	for i := range 5 {
		wg.Add(1)
		go func() { defer wg.Done(); res[i] = o.Get() }()
	}
	wg.Wait()
	fmt.Println(res)
}
