// Exercises: Floyd-Warshall on a const-sized int matrix with INF sentinel, city-name indexing via map, TSP over permutations by recursion with builtin min
package main

import (
	"fmt"
	"strings"
)

const input = `London to Dublin = 464
London to Belfast = 518
Paris to London = 300`

const N, INF = 8, 1 << 30

var d [N][N]int
var idx = map[string]int{}

func id(s string) int {
	if v, ok := idx[s]; ok {
		return v
	}
	idx[s] = len(idx)
	return idx[s]
}

var best = INF

func tsp(cur, seen, cost, n int) {
	if seen == 1<<n-1 {
		best = min(best, cost)
		return
	}
	for nx := 0; nx < n; nx++ {
		if seen&(1<<nx) == 0 && d[cur][nx] < INF {
			tsp(nx, seen|1<<nx, cost+d[cur][nx], n)
		}
	}
}

func main() {
	for i := range d {
		for j := range d[i] {
			if i != j {
				d[i][j] = INF
			}
		}
	}
	for _, l := range strings.Split(input, "\n") {
		var a, b string
		var w int
		fmt.Sscanf(l, "%s to %s = %d", &a, &b, &w)
		d[id(a)][id(b)], d[id(b)][id(a)] = w, w
	}
	n := len(idx)
	for k := 0; k < n; k++ {
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				if d[i][k]+d[k][j] < d[i][j] {
					d[i][j] = d[i][k] + d[k][j]
				}
			}
		}
	}
	fmt.Println(d[idx["Paris"]][idx["Belfast"]], idx)
	for s := 0; s < n; s++ {
		tsp(s, 1<<s, 0, n)
	}
	fmt.Println("shortest route:", best)
}
