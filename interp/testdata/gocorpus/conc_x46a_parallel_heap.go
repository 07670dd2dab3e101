package main

import (
	"container/heap"
	"fmt"
	"sync"
)

type Result struct {
	ID    int
	Score int
}

type maxHeap []Result

func (h maxHeap) Len() int { return len(h) }
func (h maxHeap) Less(i, j int) bool {
	if h[i].Score != h[j].Score {
		return h[i].Score > h[j].Score
	}
	return h[i].ID < h[j].ID
}
func (h maxHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *maxHeap) Push(x any)   { *h = append(*h, x.(Result)) }
func (h *maxHeap) Pop() any {
	old := *h
	v := old[len(old)-1]
	*h = old[:len(old)-1]
	return v
}

// TopK is a concurrency-safe collector of results.
type TopK struct {
	mu sync.Mutex
	h  maxHeap
}

func (t *TopK) Add(r Result) {
	t.mu.Lock()
	defer t.mu.Unlock()
	heap.Push(&t.h, r)
}

func (t *TopK) Take(k int) []Result {
	t.mu.Lock()
	defer t.mu.Unlock()
	var out []Result
	for i := 0; i < k && t.h.Len() > 0; i++ {
		out = append(out, heap.Pop(&t.h).(Result))
	}
	return out
}

func score(n int) int {
	// collatz steps
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	jobs := make(chan int)
	results := make(chan Result)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range jobs {
				results <- Result{ID: n, Score: score(n)}
			}
		}()
	}
	go func() {
		for n := 1; n <= 200; n++ {
			jobs <- n
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	var top TopK
	count := 0
	for r := range results {
		top.Add(r)
		count++
	}
	fmt.Println("collected", count)
	for i, r := range top.Take(5) {
		fmt.Printf("#%d %+v\n", i+1, r)
	}

	var mu sync.Mutex
	hist := map[int]int{}
	var wg2 sync.WaitGroup
	for chunk := 0; chunk < 4; chunk++ {
		wg2.Add(1)
		go func(lo int) {
			defer wg2.Done()
			local := map[int]int{}
			for n := lo; n < lo+50; n++ {
				local[score(n+1)/25]++
			}
			mu.Lock()
			for k, v := range local {
				hist[k] += v
			}
			mu.Unlock()
		}(chunk * 50)
	}
	wg2.Wait()
	fmt.Println("histogram by 25-step buckets:", hist)
	fmt.Println("remaining in heap:", top.h.Len())
}
