package main

import (
	"container/list"
	"fmt"
	"math"
	"sort"
)

func laplacian(n int, edges [][2]int) [][]float64 {
	l := make([][]float64, n)
	for i := range l {
		l[i] = make([]float64, n)
	}
	for _, e := range edges {
		u, v := e[0], e[1]
		l[u][v]--
		l[v][u]--
		l[u][u]++
		l[v][v]++
	}
	return l
}

func det(a [][]float64) float64 {
	n := len(a)
	m := make([][]float64, n)
	for i := range a {
		m[i] = append([]float64(nil), a[i]...)
	}
	d := 1.0
	for k := 0; k < n; k++ {
		p := k
		for i := k + 1; i < n; i++ {
			if math.Abs(m[i][k]) > math.Abs(m[p][k]) {
				p = i
			}
		}
		if m[p][k] == 0 {
			return 0
		}
		if p != k {
			m[p], m[k] = m[k], m[p]
			d = -d
		}
		d *= m[k][k]
		for i := k + 1; i < n; i++ {
			f := m[i][k] / m[k][k]
			for j := k; j < n; j++ {
				m[i][j] -= f * m[k][j]
			}
		}
	}
	return d
}

func components(n int, edges [][2]int) [][]int {
	adj := make(map[int][]int)
	for _, e := range edges {
		adj[e[0]] = append(adj[e[0]], e[1])
		adj[e[1]] = append(adj[e[1]], e[0])
	}
	seen := make([]bool, n)
	var comps [][]int
	for s := 0; s < n; s++ {
		if seen[s] {
			continue
		}
		q := list.New()
		q.PushBack(s)
		seen[s] = true
		var comp []int
		for q.Len() > 0 {
			v := q.Remove(q.Front()).(int)
			comp = append(comp, v)
			for _, w := range adj[v] {
				if !seen[w] {
					seen[w] = true
					q.PushBack(w)
				}
			}
		}
		sort.Ints(comp)
		comps = append(comps, comp)
	}
	return comps
}

func main() {
	edges := [][2]int{{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 4}, {4, 2}, {5, 6}}
	n := 7
	l := laplacian(n, edges)
	for _, row := range l {
		for _, v := range row {
			fmt.Printf("%4.0f", v)
		}
		fmt.Println()
	}
	comps := components(n, edges)
	fmt.Println("components:", comps)
	sub := [][2]int{{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 4}, {4, 2}}
	ls := laplacian(5, sub)
	minor := make([][]float64, 4)
	for i := range minor {
		minor[i] = ls[i+1][1:]
	}
	fmt.Printf("spanning trees: %.0f\n", math.Round(det(minor)))
	k4 := [][2]int{{0, 1}, {0, 2}, {0, 3}, {1, 2}, {1, 3}, {2, 3}}
	lk := laplacian(4, k4)
	m3 := [][]float64{lk[1][1:], lk[2][1:], lk[3][1:]}
	fmt.Printf("K4 spanning trees: %.0f\n", math.Round(det(m3)))
}
