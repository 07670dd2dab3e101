package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
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

var ErrBadInput = errors.New("bad input")

func process(ctx context.Context, id int, in []int, mu *sync.Mutex, out map[int]int) error {
	sum := 0
	for _, v := range in {
		if v < 0 {
			return fmt.Errorf("worker %d: value %d: %w", id, v, ErrBadInput)
		}
		sum += v
	}
	select {
	case <-ctx.Done():
		return ctx.Err()
	default:
	}
	mu.Lock()
	out[id] = sum
	mu.Unlock()
	return nil
}

func run(batches [][]int) (map[int]int, error) {
	g, ctx := WithContext(context.Background())
	var mu sync.Mutex
	out := map[int]int{}
	for i, b := range batches {
		g.Go(func() error { return process(ctx, i, b, &mu, out) })
	}
	err := g.Wait()
	return out, err
}

func main() {
	out, err := run([][]int{{1, 2, 3}, {10, 20}, {7}, {}})
	keys := make([]int, 0, len(out))
	for k := range out {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Printf("batch %d sum %d\n", k, out[k])
	}
	fmt.Println("err:", err)
	_, err = run([][]int{{1}, {-5, 2}})
	fmt.Println("err:", err, errors.Is(err, ErrBadInput))
	results := make(chan string, 3)
	var wg sync.WaitGroup
	for _, name := range []string{"x", "y", "z"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- name + name
		}()
	}
	wg.Wait()
	close(results)
	var got []string
	for r := range results {
		got = append(got, r)
	}
	sort.Strings(got)
	fmt.Println(got)
}
