package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
)

func Generate[T any](ctx context.Context, xs ...T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for _, x := range xs {
			select {
			case out <- x:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func MapChan[T, U any](ctx context.Context, in <-chan T, workers int, f func(T) U) <-chan U {
	out := make(chan U)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range in {
				select {
				case out <- f(v):
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

func FanIn[T any](chans ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	wg.Add(len(chans))
	for _, c := range chans {
		go func(c <-chan T) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

type result struct {
	N       int
	Factors []int
}

func factor(n int) result {
	r := result{N: n}
	for p := 2; p*p <= n; p++ {
		for n%p == 0 {
			r.Factors = append(r.Factors, p)
			n /= p
		}
	}
	if n > 1 {
		r.Factors = append(r.Factors, n)
	}
	return r
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	nums := Generate(ctx, 12, 97, 360, 1001, 65536, 999983, 84)
	var results []result
	for r := range MapChan(ctx, nums, 3, factor) {
		results = append(results, r)
	}
	sort.Slice(results, func(i, j int) bool { return results[i].N < results[j].N })
	for _, r := range results {
		fmt.Printf("%+v\n", r)
	}

	a := Generate(ctx, "x", "y")
	b := Generate(ctx, "p", "q", "r")
	var merged []string
	for s := range FanIn(a, b) {
		merged = append(merged, s)
	}
	sort.Strings(merged)
	fmt.Println(merged)

	ctx2, cancel2 := context.WithCancel(context.Background())
	src := Generate(ctx2, 1, 2, 3, 4, 5, 6, 7, 8)
	first := <-src
	cancel2()
	fmt.Println("first", first, ctx2.Err())
}
