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
	idx  int
	word string
	out  string
}

func worker(id int, in <-chan result, out chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for r := range in {
		rs := []rune(r.word)
		for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
			rs[i], rs[j] = rs[j], rs[i]
		}
		r.out = strings.ToUpper(string(rs))
		out <- r
	}
}

func main() {
	src := gen("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "ἰῶτα")
	jobs := make(chan result)
	results := make(chan result)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
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
	collected := map[int]result{}
	for r := range results {
		collected[r.idx] = r
	}
	for i := 0; i < len(collected); i++ {
		fmt.Printf("%d %-8s -> %s\n", i, collected[i].word, collected[i].out)
	}
	// fan-in with select and a done channel
	done := make(chan struct{})
	a, b := make(chan int), make(chan int)
	go func() {
		for i := 0; i < 5; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for i := 100; i < 103; i++ {
			b <- i
		}
		close(b)
	}()
	sum, n := 0, 0
	go func() {
		for a != nil || b != nil {
			select {
			case v, ok := <-a:
				if !ok {
					a = nil
					continue
				}
				sum += v
				n++
			case v, ok := <-b:
				if !ok {
					b = nil
					continue
				}
				sum += v
				n++
			}
		}
		close(done)
	}()
	<-done
	fmt.Println("fan-in:", n, sum)
}
