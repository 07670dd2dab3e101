package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type fakeFetcher map[string][]string

var errNotFound = errors.New("not found")

func (f fakeFetcher) Fetch(url string) ([]string, error) {
	if links, ok := f[url]; ok {
		return links, nil
	}
	return nil, fmt.Errorf("fetch %s: %w", url, errNotFound)
}

type Crawler struct {
	fetcher fakeFetcher
	sem     chan struct{}
	mu      sync.Mutex
	seen    map[string]int
	errs    []error
	active  atomic.Int32
	peak    atomic.Int32
}

func (c *Crawler) visit(url string, depth int) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.seen[url]; ok {
		return false
	}
	c.seen[url] = depth
	return true
}

func (c *Crawler) Crawl(url string, depth int, wg *sync.WaitGroup) {
	defer wg.Done()
	if depth <= 0 || !c.visit(url, depth) {
		return
	}
	c.sem <- struct{}{}
	n := c.active.Add(1)
	for {
		p := c.peak.Load()
		if n <= p || c.peak.CompareAndSwap(p, n) {
			break
		}
	}
	links, err := c.fetcher.Fetch(url)
	c.active.Add(-1)
	<-c.sem
	if err != nil {
		c.mu.Lock()
		c.errs = append(c.errs, err)
		c.mu.Unlock()
		return
	}
	for _, l := range links {
		wg.Add(1)
		go c.Crawl(l, depth-1, wg)
	}
}

func main() {
	f := fakeFetcher{
		"https://golang.org/":         {"https://golang.org/pkg/", "https://golang.org/cmd/"},
		"https://golang.org/pkg/":     {"https://golang.org/", "https://golang.org/cmd/", "https://golang.org/pkg/fmt/", "https://golang.org/pkg/os/"},
		"https://golang.org/pkg/fmt/": {"https://golang.org/", "https://golang.org/pkg/"},
		"https://golang.org/pkg/os/":  {"https://golang.org/", "https://golang.org/pkg/", "https://golang.org/pkg/os/exec/"},
	}
	c := &Crawler{fetcher: f, sem: make(chan struct{}, 2), seen: map[string]int{}}
	var wg sync.WaitGroup
	wg.Add(1)
	c.Crawl("https://golang.org/", 4, &wg)
	wg.Wait()

	urls := make([]string, 0, len(c.seen))
	for u := range c.seen {
		urls = append(urls, u)
	}
	sort.Strings(urls)
	for _, u := range urls {
		fmt.Println("seen", u)
	}
	msgs := make([]string, len(c.errs))
	for i, e := range c.errs {
		msgs[i] = e.Error()
	}
	sort.Strings(msgs)
	fmt.Println("errors:", len(msgs))
	for _, m := range msgs {
		fmt.Println(" ", m)
	}
	fmt.Println("peak within limit:", c.peak.Load() <= 2, "all not-found:", errors.Is(errors.Join(c.errs...), errNotFound))
}
