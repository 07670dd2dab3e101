package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct {
	worker int
	input  int
	output int
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

func primeWorker(id int, jobs <-chan int) <-chan result {
	out := make(chan result)
	go func() {
		defer close(out)
		for j := range jobs {
			count := 0
			for k := 2; k <= j; k++ {
				if isPrime(k) {
					count++
				}
			}
			out <- result{worker: id, input: j, output: count}
		}
	}()
	return out
}

func merge[T any](chans ...<-chan T) <-chan T {
	var wg sync.WaitGroup
	out := make(chan T)
	wg.Add(len(chans))
	for _, c := range chans {
		go func(c <-chan T) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	jobs := make(chan int)
	go func() {
		defer close(jobs)
		for _, n := range []int{10, 100, 1000, 50, 500, 2000, 7} {
			jobs <- n
		}
	}()

	workers := make([]<-chan result, 4)
	for i := range workers {
		workers[i] = primeWorker(i+1, jobs)
	}

	var all []result
	perWorker := map[int]int{}
	for r := range merge(workers...) {
		all = append(all, r)
		perWorker[r.worker]++
	}
	sort.Slice(all, func(i, j int) bool { return all[i].input < all[j].input })
	for _, r := range all {
		fmt.Printf("pi(%4d) = %d\n", r.input, r.output)
	}
	sum := 0
	for _, c := range perWorker {
		sum += c
	}
	fmt.Println("results collected:", sum, "from", len(workers), "workers")
}
