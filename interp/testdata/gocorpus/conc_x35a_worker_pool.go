package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type result struct {
	url  string
	size int
}

func fetch(url string) int {
	// pretend to download: size depends on the name
	return len(url) * 100
}

func main() {
	urls := []string{
		"https://example.com",
		"https://golang.org",
		"https://python.org",
		"https://a.io",
		"https://news.ycombinator.com",
	}

	jobs := make(chan string)
	results := make(chan result)
	var wg sync.WaitGroup

	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for u := range jobs {
				results <- result{u, fetch(u)}
			}
		}(w)
	}

	go func() {
		for _, u := range urls {
			jobs <- u
		}
		close(jobs)
	}()

	go func() {
		wg.Wait()
		close(results)
	}()

	var all []result
	total := 0
	for r := range results {
		all = append(all, r)
		total += r.size
	}
	sort.Slice(all, func(i, j int) bool { return all[i].url < all[j].url })
	for _, r := range all {
		host := strings.TrimPrefix(r.url, "https://")
		fmt.Printf("%-25s %6d bytes\n", host, r.size)
	}
	fmt.Println("total:", total)

	var mu sync.Mutex
	counter := map[string]int{}
	var wg2 sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			key := "even"
			if i%2 == 1 {
				key = "odd"
			}
			mu.Lock()
			counter[key]++
			mu.Unlock()
		}()
	}
	wg2.Wait()
	fmt.Println(counter)
}
