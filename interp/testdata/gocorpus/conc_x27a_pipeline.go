package main

import (
	"fmt"
	"sync"
)

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			out <- n
		}
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			out <- n * n
		}
	}()
	return out
}

func merge(cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int, 100)
	for _, c := range cs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

type result struct {
	id  int
	val string
}

func main() {
	for v := range square(square(gen(1, 2, 3, 4))) {
		fmt.Print(v, " ")
	}
	fmt.Println()

	in := gen(1, 2, 3, 4, 5, 6, 7, 8)
	sum := 0
	for v := range merge(square(in), square(in), square(in)) {
		sum += v
	}
	fmt.Println("sum of squares:", sum)

	jobs := make(chan int, 10)
	results := make([]result, 10)
	var wg sync.WaitGroup
	for w := range 3 {
		wg.Add(1)
		go func(worker int) {
			defer wg.Done()
			for j := range jobs {
				results[j] = result{j, fmt.Sprintf("job%d^2=%d", j, j*j)}
			}
			_ = worker
		}(w)
	}
	for i := range 10 {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	for _, r := range results {
		fmt.Println(r.id, r.val)
	}

	var mu sync.Mutex
	counts := map[string]int{}
	var wg2 sync.WaitGroup
	for i := range 100 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			counts[[]string{"a", "b", "c"}[i%3]]++
			mu.Unlock()
		}()
	}
	wg2.Wait()
	fmt.Println(counts)
}
