package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Job[In any] struct {
	ID    int
	Input In
}

type Outcome[In, Out any] struct {
	Job Job[In]
	Out Out
	Err error
}

func Pool[In, Out any](workers int, inputs []In, fn func(In) (Out, error)) []Outcome[In, Out] {
	jobs := make(chan Job[In])
	results := make(chan Outcome[In, Out], len(inputs))
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				func() {
					defer func() {
						if r := recover(); r != nil {
							results <- Outcome[In, Out]{Job: j, Err: fmt.Errorf("panic: %v", r)}
						}
					}()
					out, err := fn(j.Input)
					results <- Outcome[In, Out]{j, out, err}
				}()
			}
		}()
	}
	for i, in := range inputs {
		jobs <- Job[In]{i, in}
	}
	close(jobs)
	wg.Wait()
	close(results)
	var all []Outcome[In, Out]
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Job.ID < all[j].Job.ID })
	return all
}

var errEmpty = errors.New("empty input")

func wordStats(s string) (map[string]int, error) {
	if s == "" {
		return nil, errEmpty
	}
	if strings.Contains(s, "!") {
		var arr []int
		_ = arr[len(s)]
	}
	m := map[string]int{}
	for _, w := range strings.Fields(strings.ToLower(s)) {
		m[w]++
	}
	return m, nil
}

func main() {
	texts := []string{"the cat and the hat", "", "Go go GO", "boom!", "a b c a b a"}
	for _, o := range Pool(3, texts, wordStats) {
		switch {
		case errors.Is(o.Err, errEmpty):
			fmt.Printf("#%d skipped\n", o.Job.ID)
		case o.Err != nil:
			fmt.Printf("#%d failed: %v\n", o.Job.ID, o.Err)
		default:
			fmt.Printf("#%d %v\n", o.Job.ID, o.Out)
		}
	}
	sq := Pool(2, []int{1, 2, 3, 4, 5}, func(n int) (int, error) { return n * n, nil })
	total := 0
	for _, o := range sq {
		total += o.Out
	}
	fmt.Printf("%d results, sum %d, last %+v\n", len(sq), total, sq[len(sq)-1])
}
