// Exercises: fan-out workers, fan-in results, deterministic ordering by writing each result at its job index, WaitGroup closer
package main

import (
	"fmt"
	"sync"
)

type job struct {
	id int
	s  string
}

type result struct {
	id  int
	out string
}

func worker(jobs <-chan job, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		r := []rune(j.s)
		for i, k := 0, len(r)-1; i < k; i, k = i+1, k-1 {
			r[i], r[k] = r[k], r[i]
		}
		results <- result{j.id, string(r)}
	}
}

func main() {
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "héllo"}
	jobs := make(chan job)
	results := make(chan result)
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go worker(jobs, results, &wg)
	}
	go func() {
		for i, w := range words {
			jobs <- job{i, w}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	byID := make([]string, len(words))
	got := 0
	for r := range results {
		byID[r.id] = r.out
		got++
	}
	for id, out := range byID {
		fmt.Println(id, out)
	}
	fmt.Println(got == len(words))
}
