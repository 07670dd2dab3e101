// Exercises: concurrent crawler over a fake fetcher map type, visited set guarded by an embedded-free sync.Mutex, WaitGroup.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Fetcher interface {
	Fetch(url string) (string, []string, error)
}

type fakeResult struct {
	body string
	urls []string
}

type fakeFetcher map[string]*fakeResult

func (f fakeFetcher) Fetch(url string) (string, []string, error) {
	if res, ok := f[url]; ok {
		return res.body, res.urls, nil
	}
	return "", nil, fmt.Errorf("not found")
}

var fetcher = fakeFetcher{
	"https://golang.org/":         &fakeResult{"The Go Programming Language", []string{"https://golang.org/pkg/", "https://golang.org/cmd/"}},
	"https://golang.org/pkg/":     &fakeResult{"Packages", []string{"https://golang.org/", "https://golang.org/cmd/", "https://golang.org/pkg/fmt/", "https://golang.org/pkg/os/"}},
	"https://golang.org/pkg/fmt/": &fakeResult{"Package fmt", []string{"https://golang.org/", "https://golang.org/pkg/"}},
}

type visited struct {
	mu   sync.Mutex
	seen map[string]bool
	log  []string
}

func (v *visited) claim(url string) bool {
	v.mu.Lock()
	defer v.mu.Unlock()
	defer func() { v.seen[url] = true }()
	return !v.seen[url]
}

func Crawl(url string, depth int, f Fetcher, v *visited, wg *sync.WaitGroup) {
	defer wg.Done()
	if depth <= 0 || !v.claim(url) {
		return
	}
	body, urls, err := f.Fetch(url) // an error leaves urls nil
	v.mu.Lock()
	v.log = append(v.log, fmt.Sprintf("found: %s %q %v", url, body, err))
	v.mu.Unlock()
	for _, u := range urls {
		wg.Add(1)
		go Crawl(u, depth-1, f, v, wg)
	}
}

func main() {
	v, wg := &visited{seen: map[string]bool{}}, &sync.WaitGroup{}
	wg.Add(1)
	go Crawl("https://golang.org/", 4, fetcher, v, wg)
	wg.Wait()
	sort.Strings(v.log)
	fmt.Println(strings.Join(v.log, "\n"), len(v.seen))
}
