package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

type TaskFunc func(ctx context.Context) (int, error)

type TaskGroup struct {
	ctx    context.Context
	cancel context.CancelCauseFunc
	wg     sync.WaitGroup
	mu     sync.Mutex
	res    map[string]int
	first  error
}

func NewTaskGroup(parent context.Context) *TaskGroup {
	ctx, cancel := context.WithCancelCause(parent)
	return &TaskGroup{ctx: ctx, cancel: cancel, res: map[string]int{}}
}

func (g *TaskGroup) Go(name string, fn TaskFunc) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		v, err := fn(g.ctx)
		g.mu.Lock()
		defer g.mu.Unlock()
		if err != nil {
			if g.first == nil {
				g.first = fmt.Errorf("task %s: %w", name, err)
				g.cancel(g.first)
			}
			return
		}
		g.res[name] = v
	}()
}

func (g *TaskGroup) Wait() (map[string]int, error) {
	g.wg.Wait()
	g.cancel(nil)
	return g.res, g.first
}

func sumTo(n int) TaskFunc {
	return func(ctx context.Context) (int, error) {
		s := 0
		for i := 1; i <= n; i++ {
			s += i
		}
		return s, nil
	}
}

func waitForCancel(started chan<- struct{}) TaskFunc {
	return func(ctx context.Context) (int, error) {
		close(started)
		<-ctx.Done()
		return 0, ctx.Err()
	}
}

func failAfter(signal <-chan struct{}, msg string) TaskFunc {
	return func(ctx context.Context) (int, error) {
		<-signal
		return 0, errors.New(msg)
	}
}

type keyType string

func main() {
	g := NewTaskGroup(context.Background())
	g.Go("small", sumTo(10))
	g.Go("big", sumTo(1000))
	res, err := g.Wait()
	fmt.Println(res, err)

	ctx := context.WithValue(context.Background(), keyType("request-id"), "req-77")
	g2 := NewTaskGroup(ctx)
	started := make(chan struct{})
	g2.Go("waiter", waitForCancel(started))
	g2.Go("failer", failAfter(started, "database unavailable"))
	res, err = g2.Wait()
	fmt.Println(res, err)
	fmt.Println(context.Cause(g2.ctx), errors.Is(context.Cause(g2.ctx), context.Canceled))
	fmt.Println(g2.ctx.Value(keyType("request-id")), g2.ctx.Value(keyType("other")))

	parent, stop := context.WithCancel(context.Background())
	child, childStop := context.WithCancel(parent)
	defer childStop()
	stop()
	<-child.Done()
	fmt.Println(child.Err(), errors.Is(child.Err(), context.Canceled))

	results := make(chan string, 3)
	quit := make(chan struct{})
	go func() {
		for i := 0; ; i++ {
			select {
			case results <- fmt.Sprint("tick ", i):
			case <-quit:
				close(results)
				return
			}
		}
	}()
	for i := 0; i < 4; i++ {
		fmt.Println(<-results)
	}
	close(quit)
	for range results {
	}
	fmt.Println("closed")
}
