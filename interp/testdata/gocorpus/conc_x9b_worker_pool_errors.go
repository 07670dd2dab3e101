// Exercises: a bounded worker pool reading jobs from a channel, results and errors sent on separate channels, errors.Join of sorted failures.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"sync"
)

type job struct {
	id  int
	arg string
}

func main() {
	inputs := []string{"12", "7", "x", "40", "-3", "", "99", "1e3"}
	jobs := make(chan job)
	results := make(chan [2]int, len(inputs))
	errc := make(chan error, len(inputs))
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				n, err := strconv.Atoi(j.arg)
				if err != nil {
					errc <- fmt.Errorf("job %d: %w", j.id, err)
					continue
				}
				results <- [2]int{j.id, n * n}
			}
		}()
	}
	for i, s := range inputs {
		jobs <- job{i, s}
	}
	close(jobs)
	wg.Wait()
	close(results)
	close(errc)
	var rs [][2]int
	for r := range results {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i][0] < rs[j][0] })
	var errs []error
	for e := range errc {
		errs = append(errs, e)
	}
	sort.Slice(errs, func(i, j int) bool { return errs[i].Error() < errs[j].Error() })
	fmt.Println(rs)
	joined := errors.Join(errs...)
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, strconv.ErrSyntax))
}
