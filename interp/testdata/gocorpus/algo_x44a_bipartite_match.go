package main

import (
	"fmt"
	"sort"
	"strings"
)

type Bipartite struct {
	Left, Right []string
	adj         map[string][]string
}

func (b *Bipartite) Likes(l string, rs ...string) {
	if b.adj == nil {
		b.adj = map[string][]string{}
	}
	b.adj[l] = append(b.adj[l], rs...)
}

// MaxMatching uses Kuhn's augmenting paths.
func (b *Bipartite) MaxMatching() map[string]string {
	matchR := map[string]string{}
	var try func(l string, seen map[string]bool) bool
	try = func(l string, seen map[string]bool) bool {
		for _, r := range b.adj[l] {
			if seen[r] {
				continue
			}
			seen[r] = true
			if cur, taken := matchR[r]; !taken || try(cur, seen) {
				matchR[r] = l
				return true
			}
		}
		return false
	}
	for _, l := range b.Left {
		try(l, map[string]bool{})
	}
	matchL := make(map[string]string, len(matchR))
	for r, l := range matchR {
		matchL[l] = r
	}
	return matchL
}

func isBipartite(adj map[int][]int, n int) (bool, []int) {
	color := make([]int, n)
	for s := 0; s < n; s++ {
		if color[s] != 0 {
			continue
		}
		color[s] = 1
		q := []int{s}
		for len(q) > 0 {
			u := q[0]
			q = q[1:]
			for _, v := range adj[u] {
				if color[v] == 0 {
					color[v] = -color[u]
					q = append(q, v)
				} else if color[v] == color[u] {
					return false, nil
				}
			}
		}
	}
	return true, color
}

func main() {
	b := &Bipartite{
		Left:  []string{"alice", "bob", "carol", "dave", "erin"},
		Right: []string{"graphs", "heaps", "flows", "tries"},
	}
	b.Likes("alice", "graphs", "heaps")
	b.Likes("bob", "graphs")
	b.Likes("carol", "heaps", "flows")
	b.Likes("dave", "flows")
	b.Likes("erin", "tries", "graphs")
	m := b.MaxMatching()
	fmt.Printf("matched %d of %d students\n", len(m), len(b.Left))
	fmt.Println("+--------+--------+")
	for _, l := range b.Left {
		r, ok := m[l]
		if !ok {
			r = "(none)"
		}
		fmt.Printf("| %-6s | %-6s |\n", l, r)
	}
	fmt.Println("+--------+--------+")
	fmt.Println(m)

	even := map[int][]int{0: {1, 3}, 1: {0, 2}, 2: {1, 3}, 3: {2, 0}}
	odd := map[int][]int{0: {1, 2}, 1: {0, 2}, 2: {0, 1}}
	for _, tc := range []struct {
		name string
		g    map[int][]int
	}{{"square", even}, {"triangle", odd}} {
		ok, col := isBipartite(tc.g, len(tc.g))
		var sides []string
		for i, c := range col {
			sides = append(sides, fmt.Sprintf("%d:%+d", i, c))
		}
		sort.Strings(sides)
		fmt.Printf("%-8s bipartite=%-5v %s\n", tc.name, ok, strings.Join(sides, " "))
	}
}
