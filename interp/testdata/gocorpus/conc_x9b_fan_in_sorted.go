// Exercises: fan-out to several workers and fan-in of their results into one channel closed after a WaitGroup, results carrying an index so the output is printed in order.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type result struct {
	idx, worker, vowels int
	word                string
}

func countVowels(s string) (n int) {
	for _, v := range "aeiou" {
		n += strings.Count(s, string(v))
	}
	return n
}

func merge(chans ...<-chan result) <-chan result {
	out := make(chan result)
	var wg sync.WaitGroup
	for _, c := range chans {
		wg.Add(1)
		go func(c <-chan result) {
			defer wg.Done()
			for r := range c {
				out <- r
			}
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog again and again")
	jobs := make(chan int)
	go func() {
		for i := range words {
			jobs <- i
		}
		close(jobs)
	}()
	var outs []<-chan result
	for w := 0; w < 3; w++ {
		out := make(chan result)
		outs = append(outs, out)
		go func() {
			defer close(out)
			for i := range jobs {
				out <- result{i, w, countVowels(words[i]), words[i]}
			}
		}()
	}
	var all []result
	for r := range merge(outs...) {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].idx < all[j].idx })
	total := 0
	for _, r := range all {
		fmt.Printf("%s=%d ", r.word, r.vowels)
		total += r.vowels
	}
	fmt.Println("\ntotal", total, "jobs", len(all))
}
