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

type Outcome struct {
	JobID  int
	Worker int
	Steps  int
}

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	jobs := make(chan Job)
	results := make(chan Outcome, 4)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobs {
				results <- Outcome{j.ID, id, collatz(j.N)}
			}
		}(w)
	}
	go func() {
		for i, n := range []int{27, 97, 871, 6171, 77031, 1, 2, 3} {
			jobs <- Job{i, n}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []Outcome
	perWorker := map[int]int{}
	for r := range results {
		all = append(all, r)
		perWorker[r.Worker]++
	}
	sort.Slice(all, func(i, j int) bool { return all[i].JobID < all[j].JobID })
	total := 0
	for _, o := range all {
		fmt.Printf("job %d: %d steps\n", o.JobID, o.Steps)
		total += perWorker[o.Worker] * 0
	}
	n := 0
	for _, c := range perWorker {
		n += c
	}
	fmt.Println("jobs done", n, total)

	var mu sync.Mutex
	counts := map[string]int{}
	var wg2 sync.WaitGroup
	words := []string{"a", "b", "a", "c", "b", "a"}
	for _, w := range words {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			defer mu.Unlock()
			counts[w]++
		}()
	}
	wg2.Wait()
	fmt.Println(counts)

	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("init once") })
	}
}
