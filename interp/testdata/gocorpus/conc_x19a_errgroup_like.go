package main

import (
	"context"
	"errors"
	"fmt"
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

var ErrBadShard = errors.New("bad shard")

func fetchShard(ctx context.Context, id int, gate <-chan struct{}) (int, error) {
	if id == 3 {
		return 0, fmt.Errorf("shard %d: %w", id, ErrBadShard)
	}
	select {
	case <-gate:
		return id * 100, nil
	case <-ctx.Done():
		return 0, fmt.Errorf("shard %d: %w", id, ctx.Err())
	}
}

func run(ids []int) ([]int, error) {
	g, ctx := WithContext(context.Background())
	results := make([]int, len(ids))
	gate := make(chan struct{})
	hasBad := false
	for _, id := range ids {
		if id == 3 {
			hasBad = true
		}
	}
	if !hasBad {
		close(gate)
	}
	for i, id := range ids {
		g.Go(func() error {
			v, err := fetchShard(ctx, id, gate)
			if err != nil {
				return err
			}
			results[i] = v
			return nil
		})
	}
	err := g.Wait()
	return results, err
}

func main() {
	res, err := run([]int{1, 2, 4, 5})
	fmt.Println(res, err)
	res, err = run([]int{1, 2, 3, 4})
	fmt.Println(res, err, errors.Is(err, ErrBadShard), errors.Is(err, context.Canceled))

	var mu sync.Mutex
	seen := map[int]bool{}
	var g Group
	for i := range 10 {
		g.Go(func() error {
			mu.Lock()
			defer mu.Unlock()
			seen[i%4] = true
			return nil
		})
	}
	fmt.Println(g.Wait(), seen)
}
