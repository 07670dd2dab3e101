package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Grid [][]byte

func parse(s string) Grid {
	var g Grid
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		g = append(g, []byte(strings.TrimSpace(line)))
	}
	return g
}

type P struct{ R, C int }

func (g Grid) bfs(start P) map[P]int {
	dist := map[P]int{start: 0}
	q := []P{start}
	for len(q) > 0 {
		p := q[0]
		q = q[1:]
		for _, d := range [4]P{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			n := P{p.R + d.R, p.C + d.C}
			if n.R < 0 || n.C < 0 || n.R >= len(g) || n.C >= len(g[n.R]) || g[n.R][n.C] == '#' {
				continue
			}
			if _, seen := dist[n]; !seen {
				dist[n] = dist[p] + 1
				q = append(q, n)
			}
		}
	}
	return dist
}

type result struct {
	label    byte
	reach    int
	farthest int
	toExit   int
}

func main() {
	g := parse(`
		a....#...
		.###.#.#.
		...#b..#.
		##.#####.
		c..#...#E
		.#...#.d.`)
	starts := map[byte]P{}
	var exit P
	for r, row := range g {
		for c, ch := range row {
			switch {
			case ch >= 'a' && ch <= 'z':
				starts[ch] = P{r, c}
			case ch == 'E':
				exit = P{r, c}
			}
		}
	}
	results := make(chan result)
	var wg sync.WaitGroup
	for label, p := range starts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d := g.bfs(p)
			far := 0
			for _, v := range d {
				far = max(far, v)
			}
			te, ok := d[exit]
			if !ok {
				te = -1
			}
			results <- result{label, len(d), far, te}
		}()
	}
	go func() { wg.Wait(); close(results) }()
	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].label < all[j].label })
	for _, r := range all {
		fmt.Printf("%c: reach=%d farthest=%d exit=%d\n", r.label, r.reach, r.farthest, r.toExit)
	}
	fmt.Printf("%+v\n", all[0])
}
