package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
)

// Group is a tiny version of errgroup.Group: the first error cancels the rest.
type Group struct {
	cancel  func(error)
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancelCause(ctx)
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
					g.cancel(err)
				}
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel(g.err)
	}
	return g.err
}

type Result string

func search(ctx context.Context, kind, query string) (Result, error) {
	if strings.Contains(query, "fail") && kind == "video" {
		return "", fmt.Errorf("%s backend: %w", kind, errors.New("unavailable"))
	}
	select {
	case <-ctx.Done():
		return "", ctx.Err()
	default:
	}
	return Result(fmt.Sprintf("%s result for %q", kind, query)), nil
}

func Google(ctx context.Context, query string) ([]Result, error) {
	g, ctx := WithContext(ctx)
	kinds := []string{"web", "image", "video"}
	results := make([]Result, len(kinds))
	for i, kind := range kinds {
		g.Go(func() error {
			r, err := search(ctx, kind, query)
			if err == nil {
				results[i] = r
			}
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return results, nil
}

func main() {
	results, err := Google(context.Background(), "golang")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range results {
		fmt.Println(r)
	}

	_, err = Google(context.Background(), "please fail")
	fmt.Println("error:", err)

	// Parallel squares, collected by index so the order is stable.
	var g Group
	squares := make([]int, 8)
	for i := range squares {
		g.Go(func() error {
			squares[i] = i * i
			return nil
		})
	}
	fmt.Println(g.Wait(), squares)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = Google(ctx, "late")
	fmt.Println("canceled:", err, errors.Is(err, context.Canceled))
}
