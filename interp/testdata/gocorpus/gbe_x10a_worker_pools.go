// Exercises: worker pools - a fixed number of workers reading a jobs channel, a results channel, a WaitGroup closing results, results printed in job order
package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

type job struct {
	id   int
	text string
}

type outcome struct {
	id     int
	vowels int
	by     int
}

func countVowels(s string) int {
	return len(s) - len(strings.Map(func(r rune) rune {
		if strings.ContainsRune("aeiou", r) {
			return -1
		}
		return r
	}, s))
}

func main() {
	texts := []string{"concurrency", "is", "not", "parallelism", "channels", "orchestrate", "mutexes", "serialize"}
	jobs := make(chan job)
	results := make(chan outcome)

	var wg sync.WaitGroup
	const workers = 3
	for w := 1; w <= workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- outcome{id: j.id, vowels: countVowels(j.text), by: w}
			}
		}()
	}
	go func() {
		for i, t := range texts {
			jobs <- job{i, t}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	var all []outcome
	for r := range results {
		all = append(all, r)
	}
	slices.SortFunc(all, func(a, b outcome) int { return a.id - b.id })
	byOK := true
	for _, r := range all {
		fmt.Printf("%-12s %d vowels\n", texts[r.id], r.vowels)
		byOK = byOK && r.by >= 1 && r.by <= workers
	}
	fmt.Println(len(all), "results, worker ids valid:", byOK)
}
