package main

import (
	"context"
	"errors"
	"fmt"
	"strconv"
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

type ParseError struct {
	Index int
	Input string
	Err   error
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("item %d (%q): %v", e.Index, e.Input, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

func parseAll(ctx context.Context, inputs []string) ([]int, error) {
	g, ctx := WithContext(ctx)
	out := make([]int, len(inputs))
	for i, s := range inputs {
		g.Go(func() error {
			if err := ctx.Err(); err != nil {
				return err
			}
			n, err := strconv.Atoi(s)
			if err != nil {
				return &ParseError{Index: i, Input: s, Err: err}
			}
			out[i] = n * 2
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return out, nil
}

func main() {
	vals, err := parseAll(context.Background(), []string{"1", "22", "333", "4444"})
	fmt.Println(vals, err)

	_, err = parseAll(context.Background(), []string{"5", "six", "7"})
	var pe *ParseError
	if errors.As(err, &pe) {
		fmt.Println("parse error at index", pe.Index, "input", pe.Input)
		fmt.Println("full:", err)
		fmt.Println("is ErrSyntax:", errors.Is(err, strconv.ErrSyntax))
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = parseAll(ctx, []string{"1", "2"})
	fmt.Println("cancelled:", err, errors.Is(err, context.Canceled))
}
