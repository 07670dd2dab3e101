package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type Clock interface {
	Sleep(d time.Duration)
}

type fakeClock struct {
	mu    sync.Mutex
	slept []time.Duration
}

func (c *fakeClock) Sleep(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.slept = append(c.slept, d)
}

var ErrTemporary = errors.New("temporary failure")

type RetryPolicy struct {
	Attempts int
	Base     time.Duration
	Max      time.Duration
}

func (p RetryPolicy) Do(ctx context.Context, clk Clock, op func(attempt int) error) error {
	var err error
	delay := p.Base
	for attempt := 1; attempt <= p.Attempts; attempt++ {
		if err = op(attempt); err == nil {
			return nil
		}
		if !errors.Is(err, ErrTemporary) {
			return fmt.Errorf("permanent after %d attempt(s): %w", attempt, err)
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if attempt < p.Attempts {
			clk.Sleep(delay)
			delay = min(delay*2, p.Max)
		}
	}
	return fmt.Errorf("gave up after %d attempts: %w", p.Attempts, err)
}

type Group struct {
	wg     sync.WaitGroup
	once   sync.Once
	err    error
	cancel context.CancelFunc
	sem    chan struct{}
}

func WithContext(ctx context.Context, limit int) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &Group{cancel: cancel, sem: make(chan struct{}, limit)}, ctx
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		g.sem <- struct{}{}
		defer func() { <-g.sem }()
		if err := f(); err != nil {
			g.once.Do(func() {
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
	clk := &fakeClock{}
	p := RetryPolicy{Attempts: 5, Base: 100 * time.Millisecond, Max: time.Second}
	ctx := context.Background()

	err := p.Do(ctx, clk, func(a int) error {
		if a < 3 {
			return fmt.Errorf("attempt %d: %w", a, ErrTemporary)
		}
		return nil
	})
	fmt.Println("flaky:", err, clk.slept)

	clk.slept = nil
	err = p.Do(ctx, clk, func(a int) error { return ErrTemporary })
	fmt.Println("always:", err, clk.slept)

	err = p.Do(ctx, clk, func(a int) error { return errors.New("bad request") })
	fmt.Println("perm:", err)

	g, gctx := WithContext(ctx, 2)
	results := make([]string, 6)
	for i := range results {
		g.Go(func() error {
			if i == 4 {
				return fmt.Errorf("task %d failed", i)
			}
			results[i] = fmt.Sprint("ok", i)
			return nil
		})
	}
	err = g.Wait()
	fmt.Println("group:", err, gctx.Err())
	fmt.Printf("%q\n", results)
}
