// Exercises: goroutines accumulating integer gradient counts under a mutex, per-worker results by index, a package-level counter
package main

import (
	"fmt"
	"sync"
)

var (
	mu      sync.Mutex
	updates int
	hist    = map[int]int{}
)

func worker(id int, shard []int, out []int, wg *sync.WaitGroup) {
	defer wg.Done()
	local := 0
	for _, v := range shard {
		local += v * v
		mu.Lock()
		updates++
		hist[v%3]++
		mu.Unlock()
	}
	out[id] = local
}

func main() {
	data := make([]int, 30)
	for i := range data {
		data[i] = i + 1
	}
	const workers = 4
	out := make([]int, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		lo, hi := w*len(data)/workers, (w+1)*len(data)/workers
		wg.Add(1)
		go worker(w, data[lo:hi], out, &wg)
	}
	wg.Wait()
	total := 0
	for _, v := range out {
		total += v
	}
	fmt.Println(out, total, updates)
	fmt.Println(hist)
}
