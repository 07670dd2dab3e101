package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

// Worker pool pitfalls: results arrive out of order, closing the results channel
// too early, and forgetting to collect errors. Keep the index with each result.

type job struct {
	idx   int
	input string
}

type result struct {
	idx    int
	output string
	err    error
}

func process(s string) (string, error) {
	if strings.ContainsRune(s, '!') {
		return "", fmt.Errorf("bad input %q", s)
	}
	return strings.ToUpper(s) + fmt.Sprint(len(s)), nil
}

func runPool(inputs []string, workers int) ([]string, error) {
	jobs := make(chan job)
	results := make(chan result)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				out, err := process(j.input)
				results <- result{j.idx, out, err}
			}
		}()
	}
	go func() {
		for i, in := range inputs {
			jobs <- job{i, in}
		}
		close(jobs)
	}()
	// Close results only after all workers finish.
	go func() {
		wg.Wait()
		close(results)
	}()

	outputs := make([]string, len(inputs))
	var errs []error
	for r := range results {
		if r.err != nil {
			errs = append(errs, fmt.Errorf("item %d: %w", r.idx, r.err))
			continue
		}
		outputs[r.idx] = r.output
	}
	// Sort errors by message to keep them deterministic.
	for i := 1; i < len(errs); i++ {
		for j := i; j > 0 && errs[j].Error() < errs[j-1].Error(); j-- {
			errs[j], errs[j-1] = errs[j-1], errs[j]
		}
	}
	return outputs, errors.Join(errs...)
}

// Semaphore with a buffered channel limits concurrency.
func boundedSquares(n, limit int) []int {
	sem := make(chan struct{}, limit)
	out := make([]int, n)
	var wg sync.WaitGroup
	var mu sync.Mutex
	maxActive, active := 0, 0
	for i := range n {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			mu.Lock()
			active++
			maxActive = max(maxActive, active)
			mu.Unlock()
			out[i] = i * i // distinct indices: no race
			mu.Lock()
			active--
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("max active <= limit:", maxActive <= limit)
	return out
}

func main() {
	outs, err := runPool([]string{"go", "rust", "zig", "c", "odin", "nim"}, 3)
	fmt.Println(outs, err)

	outs, err = runPool([]string{"ok", "bad!", "fine", "no!"}, 2)
	fmt.Printf("%q\n", outs)
	fmt.Println(err)

	fmt.Println(boundedSquares(8, 3))

	// Fan-in with ordered merge via per-source channels.
	sources := []string{"a", "b", "c"}
	chans := make([]chan string, len(sources))
	for i, s := range sources {
		chans[i] = make(chan string, 3)
		go func() {
			defer close(chans[i])
			for k := range 3 {
				chans[i] <- fmt.Sprintf("%s%d", s, k)
			}
		}()
	}
	var merged []string
	for _, ch := range chans {
		for v := range ch {
			merged = append(merged, v)
		}
	}
	fmt.Println(merged)
}
