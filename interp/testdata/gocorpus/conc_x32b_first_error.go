package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
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

type FetchError struct {
	URL  string
	Code int
}

func (e *FetchError) Error() string { return fmt.Sprintf("fetch %s: status %d", e.URL, e.Code) }

func fakeFetch(ctx context.Context, url string) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", err
	}
	if strings.Contains(url, "bad") {
		return "", &FetchError{url, 503}
	}
	return "<" + strings.TrimPrefix(url, "https://") + ">", nil
}

func fetchAll(urls []string) ([]string, error) {
	g, ctx := WithContext(context.Background())
	results := make([]string, len(urls))
	for i, u := range urls {
		g.Go(func() error {
			body, err := fakeFetch(ctx, u)
			if err != nil {
				return err
			}
			results[i] = body
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return results, nil
}

func main() {
	res, err := fetchAll([]string{"https://a.com", "https://b.org", "https://c.net"})
	fmt.Println(res, err)

	_, err = fetchAll([]string{"https://ok.com", "https://bad.com"})
	var fe *FetchError
	if errors.As(err, &fe) {
		fmt.Println("first error:", fe.URL, fe.Code)
	}

	var mu sync.Mutex
	var errs []error
	var wg sync.WaitGroup
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i%2 == 1 {
				mu.Lock()
				errs = append(errs, fmt.Errorf("task %d failed", i))
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(len(errs), "errors")

	results := make(chan int)
	go func() {
		defer close(results)
		for i := 1; i <= 5; i++ {
			results <- i * 10
		}
	}()
	total := 0
	for v := range results {
		total += v
	}
	fmt.Println("total", total)

	done := make(chan error, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- fmt.Errorf("goroutine panicked: %v", r)
			}
		}()
		var m map[string]int
		m["x"]++
		done <- nil
	}()
	fmt.Println(<-done)
}
