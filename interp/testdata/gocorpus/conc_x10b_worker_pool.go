// Exercises: a worker pool with jobs and results channels, results gathered by index for deterministic output, first error wins through a buffered errc
package main

import (
	"errors"
	"fmt"
	"sync"
)

type job struct{ id, n int }

type result struct {
	id  int
	out int
	err error
}

func collatz(n int) (int, error) {
	if n <= 0 {
		return 0, errors.New("not positive")
	}
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps, nil
}

func main() {
	inputs := []int{27, 1, 6, 0, 97, 871, -3, 12}
	jobs := make(chan job)
	results := make(chan result)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				out, err := collatz(j.n)
				results <- result{j.id, out, err}
			}
		}()
	}
	go func() {
		for i, n := range inputs {
			jobs <- job{i, n}
		}
		close(jobs)
	}()
	go func() { wg.Wait(); close(results) }()
	outs := make([]string, len(inputs))
	nerr := 0
	for r := range results {
		if r.err != nil {
			outs[r.id] = "err:" + r.err.Error()
			nerr++
			continue
		}
		outs[r.id] = fmt.Sprint(r.out)
	}
	for i, o := range outs {
		fmt.Printf("%4d -> %s\n", inputs[i], o)
	}
	fmt.Println("errors:", nerr)
}
