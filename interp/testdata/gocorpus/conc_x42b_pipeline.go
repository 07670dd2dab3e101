package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
)

func Source[T any](ctx context.Context, items ...T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for _, it := range items {
			select {
			case out <- it:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func Stage[In, Out any](ctx context.Context, in <-chan In, workers int, fn func(In) (Out, error), errc chan<- error) <-chan Out {
	out := make(chan Out)
	var wg sync.WaitGroup
	wg.Add(workers)
	for range workers {
		go func() {
			defer wg.Done()
			for v := range in {
				r, err := fn(v)
				if err != nil {
					select {
					case errc <- err:
					default:
					}
					continue
				}
				select {
				case out <- r:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func Collect[T any](in <-chan T) []T {
	var all []T
	for v := range in {
		all = append(all, v)
	}
	return all
}

type doc struct {
	name  string
	words []string
}

var ErrEmptyDoc = errors.New("empty document")

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	errc := make(chan error, 10)

	texts := []string{
		"alpha: the quick brown fox",
		"beta: jumps over the lazy dog",
		"gamma:",
		"delta: the end of the story is near",
		"epsilon: go go go",
	}
	parsed := Stage(ctx, Source(ctx, texts...), 3, func(s string) (doc, error) {
		name, body, _ := strings.Cut(s, ":")
		ws := strings.Fields(body)
		if len(ws) == 0 {
			return doc{}, fmt.Errorf("%s: %w", name, ErrEmptyDoc)
		}
		return doc{name, ws}, nil
	}, errc)
	type stat struct {
		Name   string
		Words  int
		Unique int
		Top    string
	}
	stats := Stage(ctx, parsed, 2, func(d doc) (stat, error) {
		freq := map[string]int{}
		for _, w := range d.words {
			freq[w]++
		}
		top := ""
		for w, n := range freq {
			if n > freq[top] || (n == freq[top] && w < top) {
				top = w
			}
		}
		return stat{d.name, len(d.words), len(freq), top}, nil
	}, errc)
	results := Collect(stats)
	slices.SortFunc(results, func(a, b stat) int { return strings.Compare(a.Name, b.Name) })
	for _, r := range results {
		fmt.Printf("%+v\n", r)
	}
	close(errc)
	for err := range errc {
		fmt.Println("error:", err, errors.Is(err, ErrEmptyDoc))
	}

	var once sync.Once
	var initCount int
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { initCount++ })
		}()
	}
	wg.Wait()
	fmt.Println("init ran", initCount, "time(s)")

	ctx2, cancel2 := context.WithCancel(context.Background())
	src := Source(ctx2, 1, 2, 3, 4, 5, 6)
	first := <-src
	cancel2()
	fmt.Println("first:", first, "ctx err:", ctx2.Err())
}
