package main

import (
	"fmt"
	"sort"
	"sync"
)

type Crawler struct {
	sync.WaitGroup
	mu   sync.Mutex
	seen map[string]bool
}

func (c *Crawler) Visit(url string, depth int, links map[string][]string) {
	defer c.Done()
	c.mu.Lock()
	if c.seen[url] || depth == 0 {
		c.mu.Unlock()
		return
	}
	c.seen[url] = true
	c.mu.Unlock()
	for _, l := range links[url] {
		c.Add(1)
		go c.Visit(l, depth-1, links)
	}
}

func main() {
	links := map[string][]string{"/": {"/a", "/b"}, "/a": {"/b", "/c"}, "/b": {"/"}, "/c": {"/d"}}
	c := &Crawler{seen: map[string]bool{}}
	c.Add(1)
	go c.Visit("/", 3, links)
	c.Wait()
	var got []string
	for u := range c.seen {
		got = append(got, u)
	}
	sort.Strings(got)
	fmt.Println(got)
}
