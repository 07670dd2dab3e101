// Exercises: a worker pool with results collected in order, sync.Once, errgroup-like error collection.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type result struct {
	id  int
	val int
	err error
}

func work(id int) (int, error) {
	if id%4 == 0 {
		return 0, fmt.Errorf("job %d: %w", id, errBad)
	}
	return id * id, nil
}

var errBad = errors.New("bad input")

func main() {
	jobs := make(chan int)
	results := make(chan result)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				v, err := work(j)
				results <- result{j, v, err}
			}
		}()
	}
	go func() {
		for i := 1; i <= 9; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	go func() { wg.Wait(); close(results) }()
	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].id < all[j].id })
	var errs []error
	for _, r := range all {
		if r.err != nil {
			errs = append(errs, r.err)
			continue
		}
		fmt.Println(r.id, r.val)
	}
	joined := errors.Join(errs...)
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, errBad))
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("init once", i) })
	}
}
