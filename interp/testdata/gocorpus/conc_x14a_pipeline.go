package main

import (
	"fmt"
	"strings"
	"sync"
)

func gen(words ...string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, w := range words {
			out <- w
		}
	}()
	return out
}

type result struct {
	idx   int
	word  string
	upper string
	vowel int
}

func worker(id int, in <-chan result, out chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for r := range in {
		r.upper = strings.ToUpper(r.word)
		r.vowel = strings.IndexFunc(r.word, func(c rune) bool { return strings.ContainsRune("aeiou", c) })
		out <- r
	}
}

func main() {
	src := gen("pipeline", "channel", "goroutine", "select", "mutex", "rhythm", "waitgroup", "context")
	jobs := make(chan result)
	results := make(chan result)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go worker(i, jobs, results, &wg)
	}
	go func() {
		i := 0
		for w := range src {
			jobs <- result{idx: i, word: w}
			i++
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	collected := make(map[int]result)
	for r := range results {
		collected[r.idx] = r
	}
	for i := 0; i < len(collected); i++ {
		r := collected[i]
		fmt.Printf("%d %-10s %-10s first vowel at %d\n", r.idx, r.word, r.upper, r.vowel)
	}
	sq := func(in <-chan int) <-chan int {
		out := make(chan int)
		go func() {
			defer close(out)
			for v := range in {
				out <- v * v
			}
		}()
		return out
	}
	nums := make(chan int)
	go func() {
		defer close(nums)
		for i := 1; i <= 6; i++ {
			nums <- i
		}
	}()
	total := 0
	for v := range sq(sq(nums)) {
		total += v
		fmt.Print(v, " ")
	}
	fmt.Println("\ntotal", total)
}
