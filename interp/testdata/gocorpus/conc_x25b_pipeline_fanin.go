package main

import (
	"fmt"
	"sort"
	"sync"
)

func gen(nums ...int) <-chan int {
	out := make(chan int, len(nums))
	for _, n := range nums {
		out <- n
	}
	close(out)
	return out
}

func sq(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			select {
			case out <- n * n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func merge(done <-chan struct{}, cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	output := func(c <-chan int) {
		defer wg.Done()
		for n := range c {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

type result struct {
	idx int
	val string
}

func main() {
	for n := range sq(nil, sq(nil, gen(1, 2, 3))) {
		fmt.Println(n)
	}
	done := make(chan struct{})
	in := gen(1, 2, 3, 4, 5, 6, 7, 8)
	c1, c2, c3 := sq(done, in), sq(done, in), sq(done, in)
	var all []int
	for n := range merge(done, c1, c2, c3) {
		all = append(all, n)
	}
	close(done)
	sort.Ints(all)
	fmt.Println(all)

	done2 := make(chan struct{})
	out := merge(done2, sq(done2, gen(2, 3, 4, 5)))
	first := <-out
	close(done2)
	fmt.Println("first:", first)

	words := []string{"alpha", "beta", "gamma", "delta", "epsilon"}
	results := make(chan result)
	var wg sync.WaitGroup
	for i, w := range words {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- result{i, fmt.Sprintf("%s:%d", w, len(w))}
		}()
	}
	go func() { wg.Wait(); close(results) }()
	ordered := make([]string, len(words))
	for r := range results {
		ordered[r.idx] = r.val
	}
	fmt.Println(ordered)
	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	total := 0
	var wg2 sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg2.Add(1)
		sem <- struct{}{}
		go func(k int) {
			defer func() { <-sem; wg2.Done() }()
			mu.Lock()
			total += k
			mu.Unlock()
		}(i)
	}
	wg2.Wait()
	fmt.Println("total", total)
}
