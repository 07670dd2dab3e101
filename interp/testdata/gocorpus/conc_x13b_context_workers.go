package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Group struct {
	wg     sync.WaitGroup
	once   sync.Once
	err    error
	cancel context.CancelFunc
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
			g.once.Do(func() {
				g.err = err
				if g.cancel != nil {
					g.cancel()
				}
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel()
	}
	return g.err
}

var errBadInput = errors.New("bad input")

func process(ctx context.Context, id int, gate <-chan struct{}) (int, error) {
	if id == 3 {
		return 0, fmt.Errorf("worker %d: %w", id, errBadInput)
	}
	select {
	case <-ctx.Done():
		return 0, ctx.Err()
	case <-gate:
		return id * id, nil
	}
}

func run(ids []int, failing bool) {
	g, ctx := WithContext(context.Background())
	var mu sync.Mutex
	results := map[int]int{}
	gate := make(chan struct{})
	for _, id := range ids {
		if !failing && id == 3 {
			continue
		}
		g.Go(func() error {
			v, err := process(ctx, id, gate)
			if err != nil {
				return err
			}
			mu.Lock()
			results[id] = v
			mu.Unlock()
			return nil
		})
	}
	if !failing {
		close(gate)
	}
	err := g.Wait()
	keys := make([]int, 0, len(results))
	for k := range results {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println("err:", err, "bad?", errors.Is(err, errBadInput))
	fmt.Println("results:", results, keys)
	fmt.Println("ctx:", ctx.Err())
}

func main() {
	run([]int{1, 2, 3, 4, 5}, false)
	run([]int{1, 2, 3, 4, 5}, true)
	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(errors.New("shutdown requested"))
	<-ctx.Done()
	fmt.Println(ctx.Err(), context.Cause(ctx))
}
