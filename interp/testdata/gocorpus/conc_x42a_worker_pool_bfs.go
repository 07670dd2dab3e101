package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

const input = `#########
#S..#...#
#.#.#.#.#
#.#...#E#
#.#####.#
#.......#
#########`

type pos struct{ r, c int }

func bfs(grid []string, from pos) map[pos]int {
	dist := map[pos]int{from: 0}
	q := []pos{from}
	for len(q) > 0 {
		p := q[0]
		q = q[1:]
		for _, d := range []pos{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			n := pos{p.r + d.r, p.c + d.c}
			if grid[n.r][n.c] == '#' {
				continue
			}
			if _, ok := dist[n]; !ok {
				dist[n] = dist[p] + 1
				q = append(q, n)
			}
		}
	}
	return dist
}

func main() {
	grid := strings.Split(input, "\n")
	var sources []pos
	for r, row := range grid {
		for c, ch := range row {
			if ch != '#' && (r+c)%4 == 0 {
				sources = append(sources, pos{r, c})
			}
		}
	}
	type job struct {
		id int
		p  pos
	}
	type res struct {
		id       int
		p        pos
		farthest int
		reach    int
	}
	jobs := make(chan job)
	results := make(chan res, len(sources))
	var processed atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				d := bfs(grid, j.p)
				far := 0
				for _, v := range d {
					far = max(far, v)
				}
				processed.Add(1)
				results <- res{j.id, j.p, far, len(d)}
			}
		}()
	}
	for i, s := range sources {
		jobs <- job{i, s}
	}
	close(jobs)
	wg.Wait()
	close(results)
	var all []res
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].id < all[j].id })
	for _, r := range all {
		fmt.Printf("%d %v far=%d reach=%d\n", r.id, r.p, r.farthest, r.reach)
	}
	fmt.Println("processed:", processed.Load())
	var mu sync.RWMutex
	cache := map[pos]int{}
	var wg2 sync.WaitGroup
	for _, s := range sources {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			cache[s] = s.r * s.c
			mu.Unlock()
		}()
	}
	wg2.Wait()
	mu.RLock()
	fmt.Println(len(cache), cache)
	mu.RUnlock()
}
