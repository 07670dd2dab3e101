package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

const routes = `London to Dublin = 464
London to Belfast = 518
Dublin to Belfast = 141
London to Paris = 344
Dublin to Paris = 412
Belfast to Paris = 300`

func main() {
	idx := map[string]int{}
	var names []string
	id := func(s string) int {
		if i, ok := idx[s]; ok {
			return i
		}
		idx[s] = len(names)
		names = append(names, s)
		return idx[s]
	}
	type edge struct{ a, b, d int }
	var es []edge
	for _, l := range strings.Split(routes, "\n") {
		var a, b string
		var d int
		fmt.Sscanf(l, "%s to %s = %d", &a, &b, &d)
		es = append(es, edge{id(a), id(b), d})
	}
	n := len(names)
	dist := make([][]int, n)
	for i := range dist {
		dist[i] = make([]int, n)
	}
	for _, e := range es {
		dist[e.a][e.b], dist[e.b][e.a] = e.d, e.d
	}
	full := 1<<n - 1
	solve := func(better func(a, b int) bool, init int) (int, []string) {
		dp := make([][]int, 1<<n)
		par := make([][]int, 1<<n)
		for m := range dp {
			dp[m] = slices.Repeat([]int{init}, n)
			par[m] = slices.Repeat([]int{-1}, n)
		}
		for i := range n {
			dp[1<<i][i] = 0
		}
		for m := 1; m <= full; m++ {
			for last := range n {
				if m&(1<<last) == 0 || dp[m][last] == init {
					continue
				}
				for nx := range n {
					if m&(1<<nx) != 0 {
						continue
					}
					nm := m | 1<<nx
					if c := dp[m][last] + dist[last][nx]; better(c, dp[nm][nx]) {
						dp[nm][nx] = c
						par[nm][nx] = last
					}
				}
			}
		}
		best, end := init, -1
		for i, v := range dp[full] {
			if better(v, best) {
				best, end = v, i
			}
		}
		var path []string
		for m, cur := full, end; cur != -1; {
			path = append(path, names[cur])
			prev := par[m][cur]
			m &^= 1 << cur
			cur = prev
		}
		slices.Reverse(path)
		return best, path
	}
	lo, p1 := solve(func(a, b int) bool { return a < b }, math.MaxInt32)
	hi, p2 := solve(func(a, b int) bool { return a > b }, -1)
	fmt.Println("shortest", lo, strings.Join(p1, " -> "))
	fmt.Println("longest ", hi, strings.Join(p2, " -> "))
	fmt.Println(names, idx)
}
