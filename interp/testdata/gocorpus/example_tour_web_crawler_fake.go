// Exercises: tour-style exercise - concurrent web crawler over a fake fetcher with a mutex-guarded cache.
package main

import (
	"fmt"
	"maps"
	"slices"
	"sync"
)

type fakeFetcher map[string][]string

func (f fakeFetcher) Fetch(url string) ([]string, error) {
	if urls, ok := f[url]; ok {
		return urls, nil
	}
	return nil, fmt.Errorf("not found: %s", url)
}

var fetcher = fakeFetcher{
	"go.dev/":         {"go.dev/pkg/", "go.dev/cmd/"},
	"go.dev/pkg/":     {"go.dev/", "go.dev/cmd/", "go.dev/pkg/fmt/"},
	"go.dev/pkg/fmt/": {"go.dev/", "go.dev/pkg/"},
}

type Crawler struct {
	mu   sync.Mutex
	wg   sync.WaitGroup
	seen map[string]string
}

func (c *Crawler) Crawl(url string, depth int) {
	defer c.wg.Done()
	c.mu.Lock()
	_, done := c.seen[url]
	if depth <= 0 || done {
		c.mu.Unlock()
		return
	}
	c.seen[url] = "pending"
	c.mu.Unlock()
	urls, err := fetcher.Fetch(url)
	c.mu.Lock()
	c.seen[url] = fmt.Sprintf("%d links, err=%v", len(urls), err)
	c.mu.Unlock()
	for _, u := range urls {
		c.wg.Add(1)
		go c.Crawl(u, depth-1)
	}
}

func main() {
	c := &Crawler{seen: map[string]string{}}
	c.wg.Add(1)
	go c.Crawl("go.dev/", 4)
	c.wg.Wait()
	for _, k := range slices.Sorted(maps.Keys(c.seen)) {
		fmt.Println(k, "->", c.seen[k])
	}
}
