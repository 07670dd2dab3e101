package main

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
)

// A producer goroutine blocked on send leaks forever if the consumer stops early.
// Pass a context and select on ctx.Done() so it can exit.

func generate(ctx context.Context, wg *sync.WaitGroup) <-chan int {
	out := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(out)
		for i := 0; ; i++ {
			select {
			case out <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func square(ctx context.Context, wg *sync.WaitGroup, in <-chan int) <-chan int {
	out := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(out)
		for v := range in {
			select {
			case out <- v * v:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func firstMatch(ctx context.Context, items []string, pred func(string) bool) (string, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	found := make(chan string, 1) // buffered: the sender never blocks
	var wg sync.WaitGroup
	for _, it := range items {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if pred(it) {
				select {
				case found <- it:
				default:
				}
			}
		}()
	}
	wg.Wait()
	select {
	case s := <-found:
		return s, nil
	case <-ctx.Done():
		return "", ctx.Err()
	default:
		return "", errors.New("no match")
	}
}

func main() {
	before := runtime.NumGoroutine()

	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	squares := square(ctx, &wg, generate(ctx, &wg))
	for v := range squares {
		if v > 50 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	cancel()
	wg.Wait()
	fmt.Println("pipeline stopped, err:", ctx.Err())
	fmt.Println("goroutines leaked:", runtime.NumGoroutine()-before)

	s, err := firstMatch(context.Background(), []string{"apple", "kiwi", "banana"}, func(s string) bool { return len(s) == 4 })
	fmt.Printf("%q %v\n", s, err)
	s, err = firstMatch(context.Background(), []string{"apple"}, func(s string) bool { return false })
	fmt.Printf("%q %v\n", s, err)

	cctx, ccancel := context.WithCancel(context.Background())
	ccancel()
	_, err = firstMatch(cctx, nil, nil)
	fmt.Println(err, errors.Is(err, context.Canceled))

	// Context values with a private key type.
	type key struct{}
	vctx := context.WithValue(context.Background(), key{}, "req-42")
	fmt.Println(vctx.Value(key{}), vctx.Value("other"))

	// Cause.
	c2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(errors.New("shutdown requested"))
	<-c2.Done()
	fmt.Println(c2.Err(), context.Cause(c2))
}
