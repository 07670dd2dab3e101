package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Group is a tiny errgroup: first error cancels the rest.
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

type checkResult struct {
	host string
	ok   bool
}

func check(ctx context.Context, host string, gate <-chan struct{}) (checkResult, error) {
	if strings.HasPrefix(host, "bad") {
		return checkResult{}, fmt.Errorf("check %s: connection refused", host)
	}
	select {
	case <-gate:
		return checkResult{host, true}, nil
	case <-ctx.Done():
		return checkResult{host, false}, ctx.Err()
	}
}

func runAll(hosts []string, openGate bool) {
	g, ctx := WithContext(context.Background())
	gate := make(chan struct{})
	if openGate {
		close(gate)
	}
	var mu sync.Mutex
	var results []checkResult
	for _, h := range hosts {
		g.Go(func() error {
			r, err := check(ctx, h, gate)
			if err != nil {
				return err
			}
			mu.Lock()
			results = append(results, r)
			mu.Unlock()
			return nil
		})
	}
	err := g.Wait()
	sort.Slice(results, func(i, j int) bool { return results[i].host < results[j].host })
	fmt.Printf("hosts=%v\n  err=%v canceled=%t results=%v\n", hosts, err, errors.Is(ctx.Err(), context.Canceled), results)
}

func main() {
	runAll([]string{"db", "cache", "api"}, true)
	runAll([]string{"db", "bad-host", "api"}, false)
	var g Group
	for i := range 5 {
		g.Go(func() error {
			if i%2 == 1 {
				return fmt.Errorf("odd %d", i)
			}
			return nil
		})
	}
	err := g.Wait()
	fmt.Println("plain group error starts with odd:", strings.HasPrefix(err.Error(), "odd "))
}
