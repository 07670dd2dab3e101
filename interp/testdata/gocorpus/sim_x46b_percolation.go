package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

type UnionFind struct {
	parent, size []int
}

func NewUF(n int) *UnionFind {
	u := &UnionFind{parent: make([]int, n), size: make([]int, n)}
	for i := range u.parent {
		u.parent[i] = i
		u.size[i] = 1
	}
	return u
}

func (u *UnionFind) Find(x int) int {
	for u.parent[x] != x {
		u.parent[x] = u.parent[u.parent[x]]
		x = u.parent[x]
	}
	return x
}

func (u *UnionFind) Union(a, b int) {
	ra, rb := u.Find(a), u.Find(b)
	if ra == rb {
		return
	}
	if u.size[ra] < u.size[rb] {
		ra, rb = rb, ra
	}
	u.parent[rb] = ra
	u.size[ra] += u.size[rb]
}

func percolates(r *rand.Rand, n int, p float64, show bool) bool {
	open := make([]bool, n*n)
	for i := range open {
		open[i] = r.Float64() < p
	}
	top, bottom := n*n, n*n+1
	uf := NewUF(n*n + 2)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			k := i*n + j
			if !open[k] {
				continue
			}
			if i == 0 {
				uf.Union(k, top)
			}
			if i == n-1 {
				uf.Union(k, bottom)
			}
			if j+1 < n && open[k+1] {
				uf.Union(k, k+1)
			}
			if i+1 < n && open[k+n] {
				uf.Union(k, k+n)
			}
		}
	}
	ok := uf.Find(top) == uf.Find(bottom)
	if show {
		for i := 0; i < n; i++ {
			var b strings.Builder
			for j := 0; j < n; j++ {
				k := i*n + j
				switch {
				case !open[k]:
					b.WriteByte('#')
				case uf.Find(k) == uf.Find(top):
					b.WriteByte('~')
				default:
					b.WriteByte(' ')
				}
			}
			fmt.Println(b.String())
		}
	}
	return ok
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	fmt.Println("sample at p=0.6:", percolates(r, 20, 0.6, true))
	fmt.Printf("%5s %8s\n", "p", "P(perc)")
	for p := 0.45; p < 0.76; p += 0.05 {
		hits := 0
		for k := 0; k < 100; k++ {
			if percolates(r, 20, p, false) {
				hits++
			}
		}
		fmt.Printf("%5.2f %8.2f %s\n", p, float64(hits)/100, strings.Repeat("#", hits/4))
	}
}
