package main

import (
	"fmt"
	"math"
	"strings"
)

const inf = math.MaxInt / 2

type Matrix [][]int

func (m Matrix) String() string {
	var b strings.Builder
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				b.WriteByte(' ')
			}
			if v >= inf {
				b.WriteString("  ∞")
			} else {
				fmt.Fprintf(&b, "%3d", v)
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func floyd(n int, edges [][3]int) (Matrix, [][]int) {
	d := make(Matrix, n)
	next := make([][]int, n)
	for i := range d {
		d[i] = make([]int, n)
		next[i] = make([]int, n)
		for j := range d[i] {
			d[i][j] = inf
			next[i][j] = -1
		}
		d[i][i] = 0
		next[i][i] = i
	}
	for _, e := range edges {
		d[e[0]][e[1]] = e[2]
		next[e[0]][e[1]] = e[1]
	}
	for k := 0; k < n; k++ {
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				if d[i][k]+d[k][j] < d[i][j] {
					d[i][j] = d[i][k] + d[k][j]
					next[i][j] = next[i][k]
				}
			}
		}
	}
	return d, next
}

func path(next [][]int, u, v int) []int {
	if next[u][v] < 0 {
		return nil
	}
	p := []int{u}
	for u != v {
		u = next[u][v]
		p = append(p, u)
	}
	return p
}

func bipartite(adj map[int][]int, n int) (bool, []int) {
	side := make([]int, n)
	for i := range side {
		side[i] = -1
	}
	for s := 0; s < n; s++ {
		if side[s] != -1 {
			continue
		}
		side[s] = 0
		queue := []int{s}
		for len(queue) > 0 {
			u := queue[0]
			queue = queue[1:]
			for _, v := range adj[u] {
				if side[v] == -1 {
					side[v] = 1 - side[u]
					queue = append(queue, v)
				} else if side[v] == side[u] {
					return false, nil
				}
			}
		}
	}
	return true, side
}

func main() {
	d, next := floyd(5, [][3]int{{0, 1, 3}, {0, 2, 8}, {0, 4, -4}, {1, 3, 1}, {1, 4, 7}, {2, 1, 4}, {3, 0, 2}, {3, 2, -5}, {4, 3, 6}})
	fmt.Print(d)
	fmt.Println(path(next, 0, 2), path(next, 2, 4), path(next, 4, 4))
	d2, next2 := floyd(3, [][3]int{{0, 1, 2}})
	fmt.Print(d2)
	fmt.Println(path(next2, 1, 0) == nil)

	und := func(pairs ...[2]int) map[int][]int {
		m := map[int][]int{}
		for _, p := range pairs {
			m[p[0]] = append(m[p[0]], p[1])
			m[p[1]] = append(m[p[1]], p[0])
		}
		return m
	}
	fmt.Println(bipartite(und([2]int{0, 1}, [2]int{1, 2}, [2]int{2, 3}, [2]int{3, 0}, [2]int{4, 5}), 6))
	fmt.Println(bipartite(und([2]int{0, 1}, [2]int{1, 2}, [2]int{2, 0}), 3))
}
