// Exercises: fan-in/fan-out with a done channel and deterministic merge (results sorted by index), worker goroutines, closing channels
package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct{ idx, val, worker int }

func gen(done <-chan struct{}, nums ...int) <-chan [2]int {
	out := make(chan [2]int)
	go func() {
		defer close(out)
		for i, n := range nums {
			select {
			case out <- [2]int{i, n}:
			case <-done:
				return
			}
		}
	}()
	return out
}

func square(done <-chan struct{}, id int, in <-chan [2]int) <-chan result {
	out := make(chan result)
	go func() {
		defer close(out)
		for p := range in {
			select {
			case out <- result{p[0], p[1] * p[1], id}:
			case <-done:
				return
			}
		}
	}()
	return out
}

func merge(cs ...<-chan result) <-chan result {
	var wg sync.WaitGroup
	out := make(chan result)
	for _, c := range cs {
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
	done := make(chan struct{})
	defer close(done)
	in := gen(done, 3, 1, 4, 1, 5, 9, 2, 6)
	var all []result
	for r := range merge(square(done, 1, in), square(done, 2, in), square(done, 3, in)) {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].idx < all[j].idx })
	fmt.Println(all[0].val, all[len(all)-1].val, "| n =", len(all))
}
