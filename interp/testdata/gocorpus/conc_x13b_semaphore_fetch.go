package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

type fetchResult struct {
	URL    string
	Status int
	Bytes  int
	Err    error
}

var errNotFound = errors.New("404 not found")

func fakeFetch(url string) (int, int, error) {
	switch {
	case strings.Contains(url, "missing"):
		return 404, 0, errNotFound
	case strings.HasSuffix(url, ".png"):
		return 200, len(url) * 100, nil
	default:
		return 200, len(url) * 10, nil
	}
}

func crawl(urls []string, limit int) ([]fetchResult, int) {
	sem := make(chan struct{}, limit)
	results := make([]fetchResult, len(urls))
	var wg sync.WaitGroup
	var mu sync.Mutex
	inFlight, peak := 0, 0
	for i, u := range urls {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			mu.Lock()
			inFlight++
			peak = max(peak, inFlight)
			mu.Unlock()
			st, n, err := fakeFetch(u)
			results[i] = fetchResult{u, st, n, err}
			mu.Lock()
			inFlight--
			mu.Unlock()
		}()
	}
	wg.Wait()
	return results, peak
}

func main() {
	urls := []string{
		"https://go.dev/",
		"https://go.dev/doc/effective_go",
		"https://go.dev/missing-page",
		"https://go.dev/images/gopher.png",
		"https://pkg.go.dev/std",
		"https://go.dev/blog/missing",
	}
	res, peak := crawl(urls, 2)
	var errs []error
	total := 0
	for _, r := range res {
		if r.Err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", r.URL, r.Err))
			continue
		}
		total += r.Bytes
		fmt.Printf("%d %6d %s\n", r.Status, r.Bytes, r.URL)
	}
	fmt.Println("total bytes:", total, "peak<=2:", peak <= 2 && peak >= 1)
	err := errors.Join(errs...)
	fmt.Println(err)
	fmt.Println(errors.Is(err, errNotFound))
	byHost := map[string]int{}
	for _, r := range res {
		host := strings.SplitN(strings.TrimPrefix(r.URL, "https://"), "/", 2)[0]
		byHost[host]++
	}
	fmt.Println(byHost)
}
