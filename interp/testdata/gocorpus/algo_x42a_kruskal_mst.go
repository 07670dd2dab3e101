package main

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

const input = `7 11
0 1 7
0 3 5
1 2 8
1 3 9
1 4 7
2 4 5
3 4 15
3 5 6
4 5 8
4 6 9
5 6 11`

type Edge struct{ U, V, W int }

func main() {
	lines := strings.Split(input, "\n")
	hdr := strings.Fields(lines[0])
	n, _ := strconv.Atoi(hdr[0])
	edges := make([]Edge, 0, len(lines)-1)
	for _, l := range lines[1:] {
		var e Edge
		fmt.Sscan(l, &e.U, &e.V, &e.W)
		edges = append(edges, e)
	}
	slices.SortStableFunc(edges, func(a, b Edge) int {
		return cmp.Or(cmp.Compare(a.W, b.W), cmp.Compare(a.U, b.U))
	})
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(x int) int {
		if parent[x] != x {
			parent[x] = find(parent[x])
		}
		return parent[x]
	}
	var mst []Edge
	total := 0
	for _, e := range edges {
		a, b := find(e.U), find(e.V)
		if a == b {
			continue
		}
		parent[a] = b
		mst = append(mst, e)
		total += e.W
	}
	fmt.Println("MST weight:", total)
	for _, e := range mst {
		fmt.Printf("  %c-%c %d\n", 'A'+e.U, 'A'+e.V, e.W)
	}
	heaviest := slices.MaxFunc(mst, func(a, b Edge) int { return a.W - b.W })
	fmt.Printf("heaviest: %+v\n", heaviest)
	idx := slices.IndexFunc(edges, func(e Edge) bool { return e.W > 10 })
	fmt.Println("first >10 at", idx, edges[idx:])
}
