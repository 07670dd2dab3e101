package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Fetcher interface {
	Fetch(url string) (string, error)
}

type fakeFetcher map[string]string

var errMissing = errors.New("404")

func (f fakeFetcher) Fetch(url string) (string, error) {
	if body, ok := f[url]; ok {
		return body, nil
	}
	return "", fmt.Errorf("fetch %s: %w", url, errMissing)
}

type result struct {
	url   string
	words int
	err   error
}

type Crawler struct {
	f       Fetcher
	workers int
}

func NewCrawler(f Fetcher, workers int) *Crawler { return &Crawler{f: f, workers: workers} }

func (c *Crawler) Run(urls []string) []result {
	jobs := make(chan string)
	out := make(chan result)
	var wg sync.WaitGroup
	for i := 0; i < c.workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for u := range jobs {
				body, err := c.f.Fetch(u)
				out <- result{u, len(strings.Fields(body)), err}
			}
		}()
	}
	go func() {
		for _, u := range urls {
			jobs <- u
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(out)
	}()
	var res []result
	for r := range out {
		res = append(res, r)
	}
	sort.Slice(res, func(i, j int) bool { return res[i].url < res[j].url })
	return res
}

func main() {
	f := fakeFetcher{
		"go.dev":        "the go programming language",
		"go.dev/doc":    "documentation for go",
		"go.dev/blog":   "",
		"pkg.go.dev/io": "package io provides basic interfaces to I/O primitives",
	}
	c := NewCrawler(f, 3)
	urls := []string{"go.dev", "go.dev/doc", "go.dev/blog", "pkg.go.dev/io", "nope.example"}
	want := map[string]int{"go.dev": 4, "go.dev/doc": 3, "go.dev/blog": 0, "pkg.go.dev/io": 9}
	total := 0
	for _, r := range c.Run(urls) {
		switch {
		case r.err != nil && errors.Is(r.err, errMissing):
			fmt.Printf("PASS %-14s error: %v\n", r.url, r.err)
		case r.err != nil:
			fmt.Printf("FAIL %-14s unexpected: %v\n", r.url, r.err)
		case want[r.url] == r.words:
			fmt.Printf("PASS %-14s %d words\n", r.url, r.words)
			total += r.words
		default:
			fmt.Printf("FAIL %-14s got %d want %d\n", r.url, r.words, want[r.url])
		}
	}
	fmt.Println("total words:", total)
	var mu sync.Mutex
	counts := map[int]int{}
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			mu.Lock()
			counts[n%3]++
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(counts)
}
