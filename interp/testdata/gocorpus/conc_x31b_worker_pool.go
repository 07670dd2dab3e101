package main

import (
	"fmt"
	"sort"
	"sync"
)

// Problem 74 style: digit factorial chains, computed by a pool of workers with select.

var fact = [10]int{1, 1, 2, 6, 24, 120, 720, 5040, 40320, 362880}

func next(n int) int {
	if n == 0 {
		return 1
	}
	s := 0
	for ; n > 0; n /= 10 {
		s += fact[n%10]
	}
	return s
}

func chainLen(n int) int {
	seen := map[int]bool{}
	for !seen[n] {
		seen[n] = true
		n = next(n)
	}
	return len(seen)
}

type result struct {
	start, length int
}

func main() {
	const limit = 20000
	jobs := make(chan int)
	results := make(chan result, 64)
	done := make(chan struct{})

	var mu sync.Mutex
	processed := map[int]int{}
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for n := range jobs {
				results <- result{n, chainLen(n)}
				mu.Lock()
				processed[id]++
				mu.Unlock()
			}
		}(w)
	}
	go func() {
		for n := 1; n < limit; n++ {
			jobs <- n
		}
		close(jobs)
		wg.Wait()
		close(done)
	}()

	hist := map[int]int{}
	longest := result{}
	collect := func(r result) {
		hist[r.length]++
		if r.length > longest.length || (r.length == longest.length && r.start < longest.start) {
			longest = r
		}
	}
loop:
	for {
		select {
		case r := <-results:
			collect(r)
		case <-done:
			break loop
		}
	}
	for len(results) > 0 {
		collect(<-results)
	}

	lengths := make([]int, 0, len(hist))
	for l := range hist {
		lengths = append(lengths, l)
	}
	sort.Ints(lengths)
	total := 0
	for _, l := range lengths {
		total += hist[l]
	}
	fmt.Println("chains computed:", total)
	fmt.Println("longest:", longest.start, longest.length)
	fmt.Println("sixty-term chains:", hist[60])
	fmt.Println("distinct lengths:", len(lengths), "max:", lengths[len(lengths)-1])
	sum := 0
	mu.Lock()
	for _, c := range processed {
		sum += c
	}
	mu.Unlock()
	fmt.Println("jobs processed:", sum)
	fmt.Println("69 ->", chainLen(69), " 145 ->", chainLen(145), " 169 ->", chainLen(169))
}
