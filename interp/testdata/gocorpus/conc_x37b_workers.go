// A worker pool that checks numbers for primality, with a results channel,
// sync.WaitGroup, atomic counters and context cancellation.
package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type job struct {
	id int
	n  int
}

type result struct {
	job
	prime  bool
	worker int
}

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func worker(ctx context.Context, id int, jobs <-chan job, results chan<- result, processed *atomic.Int64) {
	for {
		select {
		case <-ctx.Done():
			return
		case j, ok := <-jobs:
			if !ok {
				return
			}
			processed.Add(1)
			results <- result{j, isPrime(j.n), id}
		}
	}
}

func run(ctx context.Context, nums []int, workers int) ([]result, int64) {
	jobs := make(chan job)
	results := make(chan result)
	var processed atomic.Int64
	var wg sync.WaitGroup
	for w := 1; w <= workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			worker(ctx, w, jobs, results, &processed)
		}()
	}
	go func() {
		defer close(jobs)
		for i, n := range nums {
			select {
			case jobs <- job{i, n}:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var out []result
	for r := range results {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].id < out[j].id })
	return out, processed.Load()
}

func main() {
	var nums []int
	for n := 1_000_000; len(nums) < 30; n += 7 {
		nums = append(nums, n)
	}
	res, processed := run(context.Background(), nums, 4)
	var primes []int
	used := map[int]bool{}
	for _, r := range res {
		if r.prime {
			primes = append(primes, r.n)
		}
		used[r.worker] = true
	}
	fmt.Println("processed:", processed, "results:", len(res))
	fmt.Println("primes:", primes)
	fmt.Println("workers used <= 4:", len(used) <= 4)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	res, _ = run(ctx, nums, 3)
	fmt.Println("after cancel, results <= 30:", len(res) <= 30, ctx.Err())

	var counter int64
	var mu sync.Mutex
	hist := map[bool]int{}
	var wg sync.WaitGroup
	for i := range 100 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt64(&counter, int64(i))
			mu.Lock()
			hist[isPrime(i)]++
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&counter), hist)
}
