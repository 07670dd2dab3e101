package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

var docs = []string{
	"the quick brown fox jumps over the lazy dog",
	"the dog barks and the fox runs",
	"a lazy afternoon for a lazy dog",
	"quick thinking saves the day",
	"over and over the story repeats",
}

type result struct {
	doc    int
	counts map[string]int
}

func main() {
	jobs := make(chan int)
	results := make(chan result)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				m := map[string]int{}
				for _, word := range strings.Fields(docs[i]) {
					m[word]++
				}
				results <- result{i, m}
			}
		}()
	}
	go func() {
		for i := range docs {
			jobs <- i
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	var mu sync.Mutex
	total := map[string]int{}
	perDoc := make([]int, len(docs))
	for r := range results {
		mu.Lock()
		for k, v := range r.counts {
			total[k] += v
			perDoc[r.doc] += v
		}
		mu.Unlock()
	}
	keys := make([]string, 0, len(total))
	for k := range total {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		if d := total[b] - total[a]; d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	for _, k := range keys[:6] {
		fmt.Printf("%-10s %d\n", k, total[k])
	}
	fmt.Println("per doc:", perDoc)
	fmt.Println(total)
}
