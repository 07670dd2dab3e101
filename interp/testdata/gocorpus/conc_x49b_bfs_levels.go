package main

import (
	"fmt"
	"slices"
	"sync"
)

type result struct {
	from      int
	neighbors []int
}

// parallelBFS expands each frontier with a pool of workers and merges
// their results in vertex order, so the output is deterministic.
func parallelBFS(adj map[int][]int, src, workers int) map[int]int {
	level := map[int]int{src: 0}
	frontier := []int{src}
	for depth := 1; len(frontier) > 0; depth++ {
		jobs := make(chan int)
		results := make(chan result)
		var wg sync.WaitGroup
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for u := range jobs {
					results <- result{u, adj[u]}
				}
			}()
		}
		go func() {
			for _, u := range frontier {
				jobs <- u
			}
			close(jobs)
		}()
		go func() {
			wg.Wait()
			close(results)
		}()
		var collected []result
		for r := range results {
			collected = append(collected, r)
		}
		slices.SortFunc(collected, func(a, b result) int { return a.from - b.from })
		var next []int
		for _, r := range collected {
			for _, v := range r.neighbors {
				if _, ok := level[v]; !ok {
					level[v] = depth
					next = append(next, v)
				}
			}
		}
		fmt.Printf("depth %d: frontier %v -> %v\n", depth-1, frontier, next)
		frontier = next
	}
	return level
}

func main() {
	adj := map[int][]int{}
	addEdge := func(u, v int) {
		adj[u] = append(adj[u], v)
		adj[v] = append(adj[v], u)
	}
	for i := 0; i < 12; i++ {
		addEdge(i, (i*5+3)%12)
		addEdge(i, (i+1)%12)
	}
	for _, vs := range adj {
		slices.Sort(vs)
	}
	levels := parallelBFS(adj, 0, 3)
	fmt.Println(levels)

	done := make(chan struct{})
	counts := make(chan int, 1)
	go func() {
		total := 0
		for _, l := range levels {
			total += l
		}
		counts <- total
		close(done)
	}()
	select {
	case t := <-counts:
		fmt.Println("sum of levels:", t)
	case <-done:
		fmt.Println("sum of levels:", <-counts)
	}
}
