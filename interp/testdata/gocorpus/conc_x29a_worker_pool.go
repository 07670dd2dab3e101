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
	Worker int
	Primes int
}

func countPrimes(n int) int {
	if n < 2 {
		return 0
	}
	sieve := make([]bool, n+1)
	count := 0
	for i := 2; i <= n; i++ {
		if !sieve[i] {
			count++
			for j := i * i; j <= n; j += i {
				sieve[j] = true
			}
		}
	}
	return count
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- Result{JobID: j.ID, Worker: id, Primes: countPrimes(j.N)}
	}
}

func main() {
	jobs := make(chan Job, 10)
	results := make(chan Result, 10)
	var wg sync.WaitGroup

	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}

	sizes := []int{10, 100, 1000, 5000, 10000, 50, 7, 2, 20000, 300}
	go func() {
		for i, n := range sizes {
			jobs <- Job{ID: i, N: n}
		}
		close(jobs)
	}()

	go func() {
		wg.Wait()
		close(results)
	}()

	var all []Result
	usedWorkers := map[int]bool{}
	for r := range results {
		all = append(all, r)
		usedWorkers[r.Worker] = true
	}
	sort.Slice(all, func(i, j int) bool { return all[i].JobID < all[j].JobID })
	total := 0
	for _, r := range all {
		fmt.Printf("job %d: primes up to %5d = %d\n", r.JobID, sizes[r.JobID], r.Primes)
		total += r.Primes
	}
	fmt.Println("total:", total, "jobs:", len(all))
	fmt.Println("at least one worker:", len(usedWorkers) >= 1)

	// fan-in with a mutex-protected counter
	var mu sync.Mutex
	counts := make(map[string]int)
	var wg2 sync.WaitGroup
	words := []string{"go", "chan", "go", "select", "mutex", "go", "chan"}
	for _, w := range words {
		wg2.Add(1)
		go func(word string) {
			defer wg2.Done()
			mu.Lock()
			defer mu.Unlock()
			counts[word]++
		}(w)
	}
	wg2.Wait()
	fmt.Println(counts)

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("initialized once, i =", i) })
	}
}
