// Exercises: a hand-made errgroup: WaitGroup plus sync.Once to keep the first error, with cancel.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	cancel  context.CancelFunc
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				g.cancel()
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	g.cancel()
	return g.err
}

func main() {
	g, ctx := WithContext(context.Background())
	results := make([]int, 5)
	for i := range results {
		g.Go(func() error {
			if i == 3 {
				return fmt.Errorf("task %d: %w", i, errors.New("bad input"))
			}
			if i == 4 {
				<-ctx.Done()
				return ctx.Err()
			}
			results[i] = i * 10
			return nil
		})
	}
	err := g.Wait()
	fmt.Println("err:", err)
	fmt.Println(results[:3])
	fmt.Println(ctx.Err())

	g2, _ := WithContext(context.Background())
	for i := 0; i < 3; i++ {
		g2.Go(func() error { return nil })
	}
	fmt.Println("second group:", g2.Wait())
}
