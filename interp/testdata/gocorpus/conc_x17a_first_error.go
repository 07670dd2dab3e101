package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type Group struct {
	wg     sync.WaitGroup
	once   sync.Once
	err    error
	cancel func()
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

func parseAll(ctx context.Context, inputs []string) (map[string]int, error) {
	g, ctx := WithContext(ctx)
	var mu sync.Mutex
	out := map[string]int{}
	for _, in := range inputs {
		g.Go(func() error {
			select {
			case <-ctx.Done():
				return ctx.Err()
			default:
			}
			n, err := strconv.Atoi(in)
			if err != nil {
				return fmt.Errorf("parse %q: %w", in, err)
			}
			mu.Lock()
			out[in] = n * n
			mu.Unlock()
			return nil
		})
	}
	err := g.Wait()
	return out, err
}

func main() {
	res, err := parseAll(context.Background(), strings.Fields("1 2 3 4 5 6 7 8"))
	fmt.Println(res, err)
	_, err = parseAll(context.Background(), []string{"x1"})
	var ne *strconv.NumError
	fmt.Println(err, errors.As(err, &ne), errors.Is(err, strconv.ErrSyntax))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	res, err = parseAll(ctx, []string{"1", "2"})
	fmt.Println(len(res), err, errors.Is(err, context.Canceled))

	ctx2 := context.WithValue(context.Background(), "user", "gopher")
	type key string
	ctx2 = context.WithValue(ctx2, key("role"), "admin")
	fmt.Println(ctx2.Value("user"), ctx2.Value(key("role")), ctx2.Value("role"))

	results := make([][]string, 3)
	var wg sync.WaitGroup
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j <= i; j++ {
				results[i] = append(results[i], strconv.Itoa(i*10+j))
			}
		}()
	}
	wg.Wait()
	flat := []string{}
	for _, r := range results {
		flat = append(flat, r...)
	}
	sort.Sort(sort.Reverse(sort.StringSlice(flat)))
	fmt.Println(flat)
}
