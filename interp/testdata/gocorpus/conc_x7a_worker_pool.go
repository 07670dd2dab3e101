// Exercises: structured worker pool with jobs/results channels, results reassembled in index order, closing channels, range over channel
package main

import (
	"fmt"
	"strings"
	"sync"
)

type job struct {
	idx  int
	text string
}

type result struct {
	idx   int
	words int
	upper string
}

func worker(jobs <-chan job, out chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		out <- result{j.idx, len(strings.Fields(j.text)), strings.ToUpper(j.text)}
	}
}

func main() {
	texts := []string{"the quick brown fox", "jumps", "over the lazy dog", "", "go go go"}
	jobs := make(chan job)
	out := make(chan result, len(texts))
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go worker(jobs, out, &wg)
	}
	go func() {
		for i, t := range texts {
			jobs <- job{i, t}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(out)
	}()
	ordered := make([]result, len(texts))
	for r := range out {
		ordered[r.idx] = r
	}
	total := 0
	for _, r := range ordered {
		fmt.Printf("%d %d %q\n", r.idx, r.words, r.upper)
		total += r.words
	}
	fmt.Println("total", total)
}
