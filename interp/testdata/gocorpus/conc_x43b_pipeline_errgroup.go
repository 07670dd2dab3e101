package main

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync"
)

// Group is a hand-rolled errgroup: first error cancels the context.
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

func run(inputs []string) (int, error) {
	g, ctx := WithContext(context.Background())
	raw := make(chan string)
	parsed := make(chan int)
	g.Go(func() error {
		defer close(raw)
		for _, s := range inputs {
			select {
			case raw <- s:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		return nil
	})
	g.Go(func() error {
		defer close(parsed)
		for s := range raw {
			n, err := strconv.Atoi(s)
			if err != nil {
				return fmt.Errorf("parse stage: %w", err)
			}
			select {
			case parsed <- n * n:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		return nil
	})
	total := 0
	g.Go(func() error {
		for v := range parsed {
			total += v
		}
		return nil
	})
	err := g.Wait()
	return total, err
}

func main() {
	total, err := run([]string{"1", "2", "3", "4"})
	fmt.Println(total, err)
	_, err = run([]string{"5", "six", "7"})
	fmt.Println("error:", err)
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Printf("func=%s num=%q err=%v\n", ne.Func, ne.Num, ne.Err)
	}
	fmt.Println(errors.Is(err, strconv.ErrSyntax))
}
