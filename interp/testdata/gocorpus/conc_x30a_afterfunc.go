package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

type Conn struct {
	name   string
	mu     sync.Mutex
	closed bool
	events *[]string
}

func (c *Conn) Close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.closed {
		c.closed = true
		*c.events = append(*c.events, "closed "+c.name)
	}
}

var ErrShutdown = errors.New("shutdown requested")

func main() {
	var events []string
	ctx, cancel := context.WithCancel(context.Background())
	c := &Conn{name: "db", events: &events}

	done := make(chan struct{})
	stop := context.AfterFunc(ctx, func() {
		c.Close()
		close(done)
	})
	_ = stop
	cancel()
	<-done
	fmt.Println(events, c.closed)

	// stop before cancellation prevents the function from running.
	ctx2, cancel2 := context.WithCancel(context.Background())
	ran := false
	stop2 := context.AfterFunc(ctx2, func() { ran = true })
	fmt.Println("stopped:", stop2())
	cancel2()
	fmt.Println("ran:", ran, "stop again:", stop2())

	// Cancel causes.
	ctx3, cancel3 := context.WithCancelCause(context.Background())
	cancel3(ErrShutdown)
	fmt.Println(ctx3.Err(), context.Cause(ctx3), errors.Is(context.Cause(ctx3), ErrShutdown))

	// WithoutCancel keeps values but not cancellation.
	type key string
	parent, pcancel := context.WithCancel(context.WithValue(context.Background(), key("user"), "ann"))
	detached := context.WithoutCancel(parent)
	pcancel()
	fmt.Println(parent.Err(), detached.Err(), detached.Value(key("user")))

	// Workers stop when the context is cancelled; results collected in order.
	ctx4, cancel4 := context.WithCancel(context.Background())
	jobs := make(chan int)
	results := make(chan string, 10)
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-ctx4.Done():
					return
				case j, ok := <-jobs:
					if !ok {
						return
					}
					results <- fmt.Sprintf("job%d", j)
				}
			}
		}()
	}
	for j := range 5 {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	cancel4()
	close(results)
	got := map[string]bool{}
	for r := range results {
		got[r] = true
	}
	fmt.Println(got, len(got))
	<-ctx4.Done()
	fmt.Println("ctx4:", ctx4.Err())
}
