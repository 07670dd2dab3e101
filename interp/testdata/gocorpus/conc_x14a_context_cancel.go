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

type ctxKey string

func handle(ctx context.Context, name string) string {
	user, _ := ctx.Value(ctxKey("user")).(string)
	if user == "" {
		user = "anonymous"
	}
	return fmt.Sprintf("%s handled by %s", name, user)
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	ch := make(chan int)
	var perr error
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		perr = producer(ctx, ch)
	}()
	sum := 0
	for v := range ch {
		sum += v
		if v == 9 {
			cancel()
			break
		}
	}
	for range ch {
	}
	wg.Wait()
	fmt.Println("sum", sum, "producer:", perr, errors.Is(perr, context.Canceled))
	fmt.Println("ctx err:", ctx.Err())

	cause := errors.New("shutdown requested")
	ctx2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(cause)
	<-ctx2.Done()
	fmt.Println(ctx2.Err(), context.Cause(ctx2))

	base := context.WithValue(context.Background(), ctxKey("user"), "ada")
	child, cancel3 := context.WithCancel(base)
	fmt.Println(handle(child, "req1"), "|", handle(context.Background(), "req2"))
	cancel3()
	select {
	case <-child.Done():
		fmt.Println("child done:", child.Err())
	default:
		fmt.Println("child still running")
	}
	select {
	case <-base.Done():
		fmt.Println("base done")
	default:
		fmt.Println("base still running")
	}
	stop := context.AfterFunc(child, func() {})
	fmt.Println("afterfunc stop:", stop())
}
