package main

import (
	"fmt"
	"sort"
	"sync"
)

type Job struct {
	ID int
	N  int
}

type Result struct {
	JobID  int
	Primes int
	Worker int
}

func countPrimes(n int) int {
	sieve := make([]bool, n+1)
	c := 0
	for i := 2; i <= n; i++ {
		if !sieve[i] {
			c++
			for j := i * i; j <= n; j += i {
				sieve[j] = true
			}
		}
	}
	return c
}

func main() {
	jobs := make(chan Job)
	results := make(chan Result, 4)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobs {
				results <- Result{j.ID, countPrimes(j.N), id}
			}
		}(w)
	}
	go func() {
		for i, n := range []int{10, 100, 1000, 10000, 50000, 7, 2} {
			jobs <- Job{i, n}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []Result
	workersUsed := map[int]bool{}
	for r := range results {
		all = append(all, r)
		workersUsed[r.Worker] = true
	}
	sort.Slice(all, func(i, j int) bool { return all[i].JobID < all[j].JobID })
	for _, r := range all {
		fmt.Printf("job %d: %d primes\n", r.JobID, r.Primes)
	}
	fmt.Println(len(all), len(workersUsed) >= 1)

	var mu sync.Mutex
	total := 0
	var wg2 sync.WaitGroup
	for i := range 100 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			total += i
			mu.Unlock()
		}()
	}
	wg2.Wait()
	fmt.Println("total", total)
	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("once") })
	}
}
