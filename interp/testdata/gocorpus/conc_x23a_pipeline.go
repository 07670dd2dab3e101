package main

import (
	"fmt"
	"strings"
	"sync"
)

type Job struct {
	ID   int
	Text string
}

type Result struct {
	ID    int
	Words int
	Upper string
}

func (r Result) String() string { return fmt.Sprintf("#%d[%d] %s", r.ID, r.Words, r.Upper) }

func gen(texts ...string) <-chan Job {
	ch := make(chan Job)
	go func() {
		defer close(ch)
		for i, t := range texts {
			ch <- Job{i, t}
		}
	}()
	return ch
}

func worker(in <-chan Job, out chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range in {
		out <- Result{j.ID, len(strings.Fields(j.Text)), strings.ToUpper(j.Text)}
	}
}

func main() {
	jobs := gen("the quick brown fox", "jumps over", "the lazy dog", "", "go go go go")
	out := make(chan Result)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go worker(jobs, out, &wg)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	results := make([]Result, 5)
	total := 0
	for r := range out {
		results[r.ID] = r
		total += r.Words
	}
	for _, r := range results {
		fmt.Println(r)
	}
	fmt.Println("total words:", total)

	var mu sync.Mutex
	counts := map[string]int{}
	var wg2 sync.WaitGroup
	for _, r := range results {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for _, w := range strings.Fields(r.Upper) {
				mu.Lock()
				counts[w]++
				mu.Unlock()
			}
		}()
	}
	wg2.Wait()
	fmt.Println(counts)

	done := make(chan struct{})
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v * 2
		}
		close(done)
	}()
	for i := 1; i <= 3; i++ {
		ping <- i
		fmt.Print(<-pong, " ")
	}
	close(ping)
	<-done
	fmt.Println()
}
