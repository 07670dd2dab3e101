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
	up   string
}

func main() {
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta"}
	in := make(chan [2]any)
	out := make(chan result)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for job := range in {
				i := job[0].(int)
				s := job[1].(string)
				out <- result{i, s, strings.ToUpper(s) + fmt.Sprint(len(s))}
			}
		}(w)
	}
	go func() {
		for i, w := range words {
			in <- [2]any{i, w}
		}
		close(in)
	}()
	go func() {
		wg.Wait()
		close(out)
	}()
	res := make([]result, len(words))
	for r := range out {
		res[r.idx] = r
	}
	for _, r := range res {
		fmt.Printf("%-8s -> %s\n", r.word, r.up)
	}

	var mu sync.Mutex
	counts := map[byte]int{}
	var wg2 sync.WaitGroup
	for w := range gen(words...) {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			defer mu.Unlock()
			counts[w[0]]++
		}()
	}
	wg2.Wait()
	fmt.Println(counts)

	done := make(chan struct{})
	sem := make(chan int, 2)
	var total int64
	var tmu sync.Mutex
	go func() {
		var g sync.WaitGroup
		for i := 1; i <= 10; i++ {
			g.Add(1)
			sem <- i
			go func() {
				defer g.Done()
				v := <-sem
				tmu.Lock()
				total += int64(v * v)
				tmu.Unlock()
			}()
		}
		g.Wait()
		close(done)
	}()
	<-done
	fmt.Println("sum of squares:", total)
}
