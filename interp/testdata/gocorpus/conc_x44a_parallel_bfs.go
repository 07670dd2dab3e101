package main

import (
	"fmt"
	"sort"
	"sync"
)

type Graph map[int][]int

// levelBFS expands each frontier with a pool of workers.
func levelBFS(g Graph, src, workers int) map[int]int {
	level := map[int]int{src: 0}
	var mu sync.Mutex
	frontier := []int{src}
	for depth := 1; len(frontier) > 0; depth++ {
		jobs := make(chan int)
		var wg sync.WaitGroup
		var next []int
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for u := range jobs {
					for _, v := range g[u] {
						mu.Lock()
						if _, ok := level[v]; !ok {
							level[v] = depth
							next = append(next, v)
						}
						mu.Unlock()
					}
				}
			}()
		}
		for _, u := range frontier {
			jobs <- u
		}
		close(jobs)
		wg.Wait()
		sort.Ints(next)
		frontier = next
	}
	return level
}

func main() {
	g := Graph{}
	for i := 0; i < 40; i++ {
		g[i] = append(g[i], (i*7+3)%40, (i+1)%40)
		if i%5 == 0 {
			g[i] = append(g[i], (i*i)%40)
		}
	}
	results := make(chan string, 3)
	var wg sync.WaitGroup
	for _, w := range []int{1, 2, 4} {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			lv := levelBFS(g, 0, w)
			hist := map[int]int{}
			for _, d := range lv {
				hist[d]++
			}
			results <- fmt.Sprintf("workers=%d reached=%d hist=%v", w, len(lv), hist)
		}(w)
	}
	wg.Wait()
	close(results)
	var lines []string
	for r := range results {
		lines = append(lines, r)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
	lv := levelBFS(g, 0, 3)
	fmt.Println("level  nodes")
	byLevel := map[int][]int{}
	maxD := 0
	for v, d := range lv {
		byLevel[d] = append(byLevel[d], v)
		maxD = max(maxD, d)
	}
	for d := 0; d <= maxD; d++ {
		sort.Ints(byLevel[d])
		fmt.Printf("%5d  %v\n", d, byLevel[d])
	}
}
