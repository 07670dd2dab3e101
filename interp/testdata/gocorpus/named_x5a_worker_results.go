// Exercises: a worker pool reading jobs from a channel, results written to distinct slice indexes, sync.WaitGroup, a results channel closed by a waiter goroutine, sorted collection.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type result struct {
	word  string
	score int
}

func score(w string) int {
	s := 0
	for _, r := range strings.ToLower(w) {
		s += int(r-'a') + 1
	}
	return s
}

func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog again")
	scores := make([]int, len(words))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				scores[i] = score(words[i])
			}
		}()
	}
	for i := range words {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	fmt.Println(scores)
	results := make(chan result)
	var wg2 sync.WaitGroup
	for _, w := range words {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			results <- result{w, score(w)}
		}()
	}
	go func() { wg2.Wait(); close(results) }()
	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool {
		return all[i].score > all[j].score || all[i].score == all[j].score && all[i].word < all[j].word
	})
	fmt.Println(all[:4], len(all))
}
