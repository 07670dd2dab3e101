package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Job struct {
	ID   int
	Text string
}

type Result struct {
	JobID  int
	Worker int
	Vowels int
	Upper  string
}

func countVowels(s string) int {
	n := 0
	for _, r := range strings.ToLower(s) {
		if strings.ContainsRune("aeiou", r) {
			n++
		}
	}
	return n
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- Result{JobID: j.ID, Worker: id, Vowels: countVowels(j.Text), Upper: strings.ToUpper(j.Text)}
	}
}

func main() {
	texts := []string{"notebook", "goroutine", "channel", "interface", "closure", "embedding", "generic", "select"}
	jobs := make(chan Job)
	results := make(chan Result, len(texts))

	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}

	go func() {
		for i, t := range texts {
			jobs <- Job{ID: i, Text: t}
		}
		close(jobs)
	}()

	go func() {
		wg.Wait()
		close(results)
	}()

	var all []Result
	perWorker := map[int]int{}
	for r := range results {
		all = append(all, r)
		perWorker[r.Worker]++
	}
	sort.Slice(all, func(i, j int) bool { return all[i].JobID < all[j].JobID })

	total := 0
	for _, r := range all {
		fmt.Printf("%2d %-10s vowels=%d\n", r.JobID, r.Upper, r.Vowels)
		total += r.Vowels
	}
	jobsDone := 0
	for _, n := range perWorker {
		jobsDone += n
	}
	fmt.Println("total vowels:", total, "jobs:", jobsDone, "workers used <= 3:", len(perWorker) <= 3)

	// mutex-protected counter
	var mu sync.Mutex
	counts := make(map[rune]int)
	var wg2 sync.WaitGroup
	for _, t := range texts {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for _, r := range t {
				mu.Lock()
				counts[r]++
				mu.Unlock()
			}
		}()
	}
	wg2.Wait()
	fmt.Println(counts)

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("init once at", i) })
	}
}
