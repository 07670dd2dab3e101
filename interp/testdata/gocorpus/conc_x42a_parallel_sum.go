package main

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
)

const input = `12 7 3 19 4 8 21 5 16 2 11 9 30 1 6 14 27 13 10 18`

type result struct {
	worker int
	sum    int
	maxv   int
}

func main() {
	var nums []int
	for _, f := range strings.Fields(input) {
		n, _ := strconv.Atoi(f)
		nums = append(nums, n)
	}
	const workers = 4
	chunk := (len(nums) + workers - 1) / workers
	results := make(chan result, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		lo := w * chunk
		hi := min(lo+chunk, len(nums))
		wg.Add(1)
		go func(id int, part []int) {
			defer wg.Done()
			r := result{worker: id}
			for _, x := range part {
				r.sum += x
				r.maxv = max(r.maxv, x)
			}
			results <- r
		}(w, nums[lo:hi])
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	byWorker := make([]result, workers)
	total := 0
	for r := range results {
		byWorker[r.worker] = r
		total += r.sum
	}
	for _, r := range byWorker {
		fmt.Printf("%+v\n", r)
	}
	fmt.Println("total:", total)

	var mu sync.Mutex
	freq := map[int]int{}
	var wg2 sync.WaitGroup
	for _, x := range nums {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			freq[x%5]++
			mu.Unlock()
		}()
	}
	wg2.Wait()
	fmt.Println("mod5 freq:", freq)

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("init once at", i) })
	}
}
