package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

func producer(ctx context.Context, n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 0; i < n; i++ {
			select {
			case ch <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return ch
}

func fanIn(chs ...<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	for _, c := range chs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func worker(name string, n int) <-chan string {
	c := make(chan string)
	go func() {
		for i := range n {
			c <- fmt.Sprintf("%s%d", name, i)
		}
		close(c)
	}()
	return c
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	sum := 0
	for v := range producer(ctx, 100) {
		sum += v
		if v == 9 {
			cancel()
			break
		}
	}
	fmt.Println("sum", sum, errors.Is(ctx.Err(), context.Canceled))

	got := map[string]bool{}
	for s := range fanIn(worker("a", 3), worker("b", 2), worker("c", 4)) {
		got[s] = true
	}
	fmt.Println(len(got), got)

	buf := make(chan int, 3)
	for i := 0; ; i++ {
		select {
		case buf <- i:
			continue
		default:
		}
		fmt.Println("buffer full at", i, len(buf), cap(buf))
		break
	}
	close(buf)
	for v := range buf {
		fmt.Print(v, " ")
	}
	v, ok := <-buf
	fmt.Println(v, ok)

	var once sync.Once
	var wg sync.WaitGroup
	inits := 0
	for range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { inits++ })
		}()
	}
	wg.Wait()
	fmt.Println("inits", inits)

	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v * 2
		}
		close(pong)
	}()
	trace := []int{}
	x := 1
	for range 5 {
		ping <- x
		x = <-pong
		trace = append(trace, x)
	}
	close(ping)
	_, open := <-pong
	fmt.Println(trace, open)
	ctx2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(errors.New("shutdown"))
	<-ctx2.Done()
	fmt.Println(ctx2.Err(), context.Cause(ctx2))
}
