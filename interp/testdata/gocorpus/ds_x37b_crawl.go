// Breadth-first traversal of a link graph with a worklist, plus concurrent
// crawling with a counting semaphore, after sections 5.6 and 8.6.
package main

import (
	"fmt"
	"sort"
	"strings"
)

var web = map[string][]string{
	"/":             {"/about", "/blog", "/docs"},
	"/about":        {"/", "/team"},
	"/blog":         {"/blog/go1.22", "/blog/loops", "/"},
	"/blog/go1.22":  {"/blog/loops", "/docs/spec"},
	"/blog/loops":   {"/blog", "/docs/spec"},
	"/docs":         {"/docs/spec", "/docs/faq"},
	"/docs/spec":    {"/docs"},
	"/docs/faq":     {"/about", "/missing"},
	"/team":         {},
	"/unreachable1": {"/"},
}

func extract(url string) []string {
	return web[url]
}

func breadthFirst(f func(item string) []string, worklist []string) {
	seen := make(map[string]bool)
	for len(worklist) > 0 {
		items := worklist
		worklist = nil
		for _, item := range items {
			if !seen[item] {
				seen[item] = true
				worklist = append(worklist, f(item)...)
			}
		}
	}
}

var tokens = make(chan struct{}, 3)

func crawl(url string) []string {
	tokens <- struct{}{}
	list := extract(url)
	<-tokens
	return list
}

func concurrentCrawl(start string) map[string]bool {
	worklist := make(chan []string)
	n := 1
	go func() { worklist <- []string{start} }()
	seen := map[string]bool{}
	for ; n > 0; n-- {
		list := <-worklist
		for _, link := range list {
			if !seen[link] {
				seen[link] = true
				n++
				go func(link string) {
					worklist <- crawl(link)
				}(link)
			}
		}
	}
	return seen
}

func main() {
	var order []string
	breadthFirst(func(url string) []string {
		order = append(order, url)
		return extract(url)
	}, []string{"/"})
	fmt.Println(strings.Join(order, "\n"))

	seen := concurrentCrawl("/")
	urls := make([]string, 0, len(seen))
	for u := range seen {
		urls = append(urls, u)
	}
	sort.Slice(urls, func(i, j int) bool {
		if len(urls[i]) != len(urls[j]) {
			return len(urls[i]) < len(urls[j])
		}
		return urls[i] < urls[j]
	})
	fmt.Println(len(urls), "pages reached:")
	for _, u := range urls {
		depth := strings.Count(u, "/") - 1
		fmt.Printf("%s%s (%d links)\n", strings.Repeat("  ", depth), u, len(web[u]))
	}
	_, ok := seen["/unreachable1"]
	fmt.Println("unreachable seen:", ok)
}
