// Exercises: a worker pool storing results in a mutex-guarded map, printed in sorted order.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type job struct {
	id   int
	text string
}

func main() {
	texts := []string{"go is fun", "channels are typed", "share memory by communicating", "do not panic", "gophers"}
	jobs := make(chan job)
	var mu sync.Mutex
	wordCounts := map[int]int{}
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				n := len(strings.Fields(j.text))
				mu.Lock()
				wordCounts[j.id] = n
				mu.Unlock()
			}
		}()
	}
	for i, t := range texts {
		jobs <- job{i, t}
	}
	close(jobs)
	wg.Wait()
	ids := make([]int, 0, len(wordCounts))
	for id := range wordCounts {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	total := 0
	for _, id := range ids {
		fmt.Printf("%d %-30q %d\n", id, texts[id], wordCounts[id])
		total += wordCounts[id]
	}
	fmt.Println("total words:", total)
}
