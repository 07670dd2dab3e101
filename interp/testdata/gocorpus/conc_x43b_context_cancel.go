package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

func search(ctx context.Context, shard int, target int, found chan<- string) error {
	for i := shard * 1000; i < (shard+1)*1000; i++ {
		if i%100 == 0 {
			select {
			case <-ctx.Done():
				return ctx.Err()
			default:
			}
		}
		if i == target {
			found <- fmt.Sprintf("shard %d found %d", shard, i)
			return nil
		}
	}
	return nil
}

type keyT string

func main() {
	ctx, cancel := context.WithCancel(context.WithValue(context.Background(), keyT("user"), "alice"))
	found := make(chan string, 4)
	errs := make([]error, 4)
	var wg sync.WaitGroup
	for s := 0; s < 4; s++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[s] = search(ctx, s, 2345, found)
		}()
	}
	msg := <-found
	cancel()
	wg.Wait()
	fmt.Println(msg)
	for s, err := range errs {
		if err != nil && !errors.Is(err, context.Canceled) {
			fmt.Println("unexpected", s, err)
		}
	}
	fmt.Println("ctx err:", ctx.Err(), "user:", ctx.Value(keyT("user")))

	cause := errors.New("shutdown requested")
	ctx2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(cause)
	<-ctx2.Done()
	fmt.Println(ctx2.Err(), "|", context.Cause(ctx2))

	ctx3, cancel3 := context.WithTimeout(context.Background(), 0)
	defer cancel3()
	<-ctx3.Done()
	fmt.Println(ctx3.Err(), errors.Is(ctx3.Err(), context.DeadlineExceeded))
}
