package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

var site = map[string][]string{
	"/":             {"/docs", "/blog", "/about"},
	"/docs":         {"/docs/install", "/docs/api", "/"},
	"/docs/install": {"/docs"},
	"/docs/api":     {"/docs/api/v1", "/docs/api/v2"},
	"/docs/api/v1":  {},
	"/docs/api/v2":  {"/docs/api/v1", "/broken"},
	"/blog":         {"/blog/2024", "/about"},
	"/blog/2024":    {"/blog/2024/01", "/blog/2024/02"},
	"/blog/2024/01": {},
	"/blog/2024/02": {"/private"},
	"/about":        {"/"},
	"/private":      {"/secret"},
}

var errNotFound = errors.New("404")

func fetch(ctx context.Context, path string) ([]string, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	links, ok := site[path]
	if !ok {
		return nil, fmt.Errorf("fetch %s: %w", path, errNotFound)
	}
	return links, nil
}

type crawler struct {
	mu      sync.Mutex
	seen    map[string]int
	errs    []error
	maxPage int
}

func crawl(maxPages, maxDepth int) *crawler {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	c := &crawler{seen: map[string]int{"/": 0}, maxPage: maxPages}
	frontier := []string{"/"}
	for depth := 0; len(frontier) > 0 && depth <= maxDepth; depth++ {
		found := map[string]bool{}
		var wg sync.WaitGroup
		for _, path := range frontier {
			wg.Add(1)
			go func() {
				defer wg.Done()
				links, err := fetch(ctx, path)
				c.mu.Lock()
				defer c.mu.Unlock()
				if err != nil {
					if !errors.Is(err, context.Canceled) {
						c.errs = append(c.errs, err)
					}
					return
				}
				for _, l := range links {
					found[l] = true
				}
			}()
		}
		wg.Wait()
		frontier = frontier[:0]
		for l := range found {
			if _, ok := c.seen[l]; !ok {
				frontier = append(frontier, l)
			}
		}
		sort.Strings(frontier)
		for _, l := range frontier {
			c.seen[l] = depth + 1
			if len(c.seen) >= c.maxPage {
				cancel()
			}
		}
	}
	return c
}

func main() {
	c := crawl(100, 4)
	paths := make([]string, 0, len(c.seen))
	for p := range c.seen {
		paths = append(paths, p)
	}
	sort.Slice(paths, func(i, j int) bool {
		if c.seen[paths[i]] != c.seen[paths[j]] {
			return c.seen[paths[i]] < c.seen[paths[j]]
		}
		return paths[i] < paths[j]
	})
	for _, p := range paths {
		fmt.Printf("%s%s\n", strings.Repeat("  ", c.seen[p]), p)
	}
	var msgs []string
	for _, e := range c.errs {
		msgs = append(msgs, e.Error())
	}
	sort.Strings(msgs)
	fmt.Println("errors:", msgs)

	small := crawl(5, 4)
	fmt.Println("limited crawl saw", len(small.seen), "pages; errors:", len(small.errs))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := fetch(ctx, "/")
	fmt.Println(err, errors.Is(err, context.Canceled))
}
