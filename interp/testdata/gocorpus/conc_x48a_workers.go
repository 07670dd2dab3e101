package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct {
	n      int
	square int
}

func worker(id int, jobs <-chan int, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- result{j, j * j}
	}
	_ = id
}

func main() {
	jobs := make(chan int, 10)
	results := make(chan result, 10)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i := 1; i <= 10; i++ {
		jobs <- i
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].n < all[j].n })
	total := 0
	for _, r := range all {
		fmt.Printf("%2d^2 = %3d\n", r.n, r.square)
		total += r.square
	}
	fmt.Println("total:", total)

	var mu sync.Mutex
	counter := map[string]int{}
	var wg2 sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			key := "odd"
			if i%2 == 0 {
				key = "even"
			}
			mu.Lock()
			counter[key]++
			mu.Unlock()
		}(i)
	}
	wg2.Wait()
	fmt.Println(counter)
}
