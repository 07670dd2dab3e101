package main

import (
	"context"
	"fmt"
)

func gen(ctx context.Context, nums ...int) <-chan int {
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

func stage(ctx context.Context, in <-chan int, f func(int) int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			select {
			case out <- f(v):
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

type Event struct {
	Kind string
	Val  int
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	sq := stage(ctx, gen(ctx, 1, 2, 3, 4, 5, 6), func(x int) int { return x * x })
	inc := stage(ctx, sq, func(x int) int { return x + 1 })
	for v := range inc {
		fmt.Print(v, " ")
	}
	fmt.Println()

	ctx2, cancel2 := context.WithCancel(context.Background())
	nums := gen(ctx2, 10, 20, 30, 40, 50)
	fmt.Println(<-nums, <-nums)
	cancel2()
	<-ctx2.Done()
	fmt.Println("ctx2:", ctx2.Err())

	events := make(chan Event)
	quit := make(chan struct{})
	done := make(chan []string)
	go func() {
		var log []string
		for {
			select {
			case e := <-events:
				log = append(log, fmt.Sprintf("%s=%d", e.Kind, e.Val))
			case <-quit:
				done <- log
				return
			}
		}
	}()
	for i, k := range []string{"click", "key", "scroll"} {
		events <- Event{k, i * 10}
	}
	close(quit)
	fmt.Println(<-done)

	buf := make(chan int, 2)
	for i := 0; i < 4; i++ {
		select {
		case buf <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full, dropped", i)
		}
	}
	close(buf)
	for v := range buf {
		fmt.Println("got", v)
	}
	var nilch chan int
	select {
	case v := <-nilch:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel never ready")
	}
}
