package main

import (
	"fmt"
	"sort"
	"sync"
)

func merge(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if a[0] <= b[0] {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return append(append(out, a...), b...)
}

type tracker struct {
	mu     sync.Mutex
	spawns int
	maxPar int
	active int
}

func (t *tracker) enter() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.spawns++
	t.active++
	t.maxPar = max(t.maxPar, t.active)
}

func (t *tracker) leave() {
	t.mu.Lock()
	t.active--
	t.mu.Unlock()
}

func parallelMergeSort(a []int, cutoff int, t *tracker) []int {
	if len(a) <= cutoff {
		c := append([]int(nil), a...)
		sort.Ints(c)
		return c
	}
	mid := len(a) / 2
	var left, right []int
	var wg sync.WaitGroup
	wg.Add(1)
	t.enter()
	go func() {
		defer wg.Done()
		defer t.leave()
		left = parallelMergeSort(a[:mid], cutoff, t)
	}()
	right = parallelMergeSort(a[mid:], cutoff, t)
	wg.Wait()
	return merge(left, right)
}

func chunkSums(data []int, chunks int) []int {
	results := make(chan [2]int)
	size := (len(data) + chunks - 1) / chunks
	for c := 0; c < chunks; c++ {
		go func(c int) {
			lo, hi := c*size, min((c+1)*size, len(data))
			s := 0
			for _, v := range data[lo:hi] {
				s += v
			}
			results <- [2]int{c, s}
		}(c)
	}
	sums := make([]int, chunks)
	for range chunks {
		r := <-results
		sums[r[0]] = r[1]
	}
	return sums
}

func main() {
	data := make([]int, 64)
	x := 17
	for i := range data {
		x = (x*1103515245 + 12345) % 1000
		data[i] = x
	}
	t := &tracker{}
	sorted := parallelMergeSort(data, 8, t)
	fmt.Println(sorted[:10], "...", sorted[len(sorted)-5:])
	fmt.Println("sorted:", sort.IntsAreSorted(sorted), "spawns:", t.spawns, "active:", t.active)
	fmt.Println("chunk sums:", chunkSums(data, 4))
}
