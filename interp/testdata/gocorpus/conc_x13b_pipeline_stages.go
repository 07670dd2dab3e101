package main

import (
	"fmt"
	"strings"
	"sync"
)

func generate(words ...string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, w := range words {
			out <- w
		}
	}()
	return out
}

func mapStage(in <-chan string, f func(string) string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for s := range in {
			out <- f(s)
		}
	}()
	return out
}

type result struct {
	idx int
	val string
}

func fanOut(in <-chan string, workers int, f func(string) string) []string {
	type job struct {
		idx int
		s   string
	}
	jobs := make(chan job)
	results := make(chan result)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- result{j.idx, f(j.s)}
			}
		}()
	}
	go func() {
		i := 0
		for s := range in {
			jobs <- job{i, s}
			i++
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var collected []result
	for r := range results {
		collected = append(collected, r)
	}
	out := make([]string, len(collected))
	for _, r := range collected {
		out[r.idx] = r.val
	}
	return out
}

func main() {
	src := generate("go", "is", "a", "fun", "language", "for", "pipelines")
	upper := mapStage(src, strings.ToUpper)
	res := fanOut(upper, 3, func(s string) string {
		return fmt.Sprintf("%s(%d)", s, len(s))
	})
	for i, r := range res {
		fmt.Println(i, r)
	}
	fmt.Println(strings.Join(res, " "))
}
