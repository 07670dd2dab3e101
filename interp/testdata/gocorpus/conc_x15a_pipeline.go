package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func generate(words ...string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, w := range words {
			out <- w
		}
	}()
	return out
}

func transform(in <-chan string, f func(string) string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for s := range in {
			out <- f(s)
		}
	}()
	return out
}

type result struct {
	idx  int
	word string
	n    int
}

func countVowels(s string) int {
	n := 0
	for _, r := range s {
		if strings.ContainsRune("aeiouAEIOU", r) {
			n++
		}
	}
	return n
}

func fanOut(words []string, workers int) []result {
	jobs := make(chan int)
	results := make(chan result, len(words))
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				results <- result{i, words[i], countVowels(words[i])}
			}
		}()
	}
	for i := range words {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	close(results)
	var out []result
	for r := range results {
		out = append(out, r)
	}
	sort.Slice(out, func(a, b int) bool { return out[a].idx < out[b].idx })
	return out
}

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k]++
}

func main() {
	words := []string{"pipeline", "goroutine", "channel", "select", "mutex", "context"}
	for s := range transform(transform(generate(words...), strings.ToUpper), func(s string) string {
		return s + "(" + fmt.Sprint(len(s)) + ")"
	}) {
		fmt.Print(s, " ")
	}
	fmt.Println()
	for _, r := range fanOut(words, 3) {
		fmt.Printf("%d:%s=%d ", r.idx, r.word, r.n)
	}
	fmt.Println()

	c := SafeCounter{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.Inc([]string{"a", "b", "c"}[i%3])
		}(i)
	}
	wg.Wait()
	fmt.Println(c.m)

	done := make(chan struct{})
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v * 2
		}
		close(done)
	}()
	sum := 0
	for i := 1; i <= 5; i++ {
		ping <- i
		sum += <-pong
	}
	close(ping)
	<-done
	fmt.Println("sum", sum)

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
	sem := make(chan struct{}, 2)
	res := make([]int, 8)
	var wg2 sync.WaitGroup
	for i := range res {
		wg2.Go(func() {
			sem <- struct{}{}
			res[i] = i * i
			<-sem
		})
	}
	wg2.Wait()
	fmt.Println(res)
}
