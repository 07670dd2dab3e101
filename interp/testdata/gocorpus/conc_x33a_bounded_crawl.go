package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

var web = map[string][]string{
	"/":             {"/about", "/blog", "/shop"},
	"/about":        {"/", "/team"},
	"/blog":         {"/blog/go", "/blog/rust", "/"},
	"/blog/go":      {"/blog", "/blog/go/chan"},
	"/blog/go/chan": {"/blog/go"},
	"/blog/rust":    {"/blog", "/missing"},
	"/shop":         {"/shop/cart", "/about"},
	"/shop/cart":    {"/shop"},
	"/team":         {"/about"},
}

type fetchResult struct {
	url   string
	depth int
	links []string
	err   error
}

func fetch(url string) ([]string, error) {
	links, ok := web[url]
	if !ok {
		return nil, fmt.Errorf("404 %s", url)
	}
	return links, nil
}

func crawl(start string, maxDepth, parallel int) map[string]int {
	seen := map[string]int{start: 0}
	results := make(chan fetchResult)
	tokens := make(chan struct{}, parallel)
	var wg sync.WaitGroup

	launch := func(url string, depth int) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tokens <- struct{}{}
			links, err := fetch(url)
			<-tokens
			results <- fetchResult{url, depth, links, err}
		}()
	}
	launch(start, 0)
	pending := 1
	for pending > 0 {
		r := <-results
		pending--
		if r.err != nil {
			seen[r.url] = -1
			continue
		}
		if r.depth == maxDepth {
			continue
		}
		for _, l := range r.links {
			if _, ok := seen[l]; !ok {
				seen[l] = r.depth + 1
				pending++
				launch(l, r.depth+1)
			}
		}
	}
	wg.Wait()
	return seen
}

func main() {
	for _, depth := range []int{1, 2, 5} {
		seen := crawl("/", depth, 2)
		urls := make([]string, 0, len(seen))
		for u := range seen {
			urls = append(urls, u)
		}
		slices.Sort(urls)
		fmt.Printf("depth %d: %d urls\n", depth, len(urls))
		for _, u := range urls {
			d := seen[u]
			mark := strings.Repeat("  ", max(d, 0))
			if d < 0 {
				fmt.Printf("  %s (broken)\n", u)
				continue
			}
			fmt.Printf("  %s%s\n", mark, u)
		}
	}
}
