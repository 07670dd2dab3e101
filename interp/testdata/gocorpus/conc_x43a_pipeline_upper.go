package main

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"unicode"
)

type item struct {
	idx  int
	text string
}

func source(ctx context.Context, lines []string) <-chan item {
	out := make(chan item)
	go func() {
		defer close(out)
		for i, l := range lines {
			select {
			case out <- item{i, l}:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func stage(ctx context.Context, in <-chan item, f func(string) string, workers int) <-chan item {
	out := make(chan item)
	var wg sync.WaitGroup
	wg.Add(workers)
	for range workers {
		go func() {
			defer wg.Done()
			for it := range in {
				select {
				case out <- item{it.idx, f(it.text)}:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func titleCase(s string) string {
	prev := ' '
	return strings.Map(func(r rune) rune {
		defer func() { prev = r }()
		if unicode.IsSpace(prev) {
			return unicode.ToTitle(r)
		}
		return unicode.ToLower(r)
	}, s)
}

func main() {
	lines := []string{
		"the CAT sat on the mat",
		"   leading spaces here",
		"émile zola wrote novels",
		"ONE more LINE",
		"and a final one",
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	trimmed := stage(ctx, source(ctx, lines), strings.TrimSpace, 2)
	titled := stage(ctx, trimmed, titleCase, 3)
	results := make([]string, len(lines))
	for it := range titled {
		results[it.idx] = it.text
	}
	for i, r := range results {
		fmt.Printf("%d %-26q len=%d\n", i, r, len(r))
	}

	ctx2, cancel2 := context.WithCancel(context.Background())
	src := source(ctx2, lines)
	first := <-src
	cancel2()
	fmt.Println("first:", first.text)
	fmt.Println("ctx err:", ctx2.Err())
}
