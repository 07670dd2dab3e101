package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type SafeUF struct {
	mu     sync.Mutex
	parent []int
	merges atomic.Int64
}

func NewSafeUF(n int) *SafeUF {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	return &SafeUF{parent: p}
}

func (u *SafeUF) find(x int) int {
	for u.parent[x] != x {
		u.parent[x] = u.parent[u.parent[x]]
		x = u.parent[x]
	}
	return x
}

func (u *SafeUF) Union(a, b int) {
	u.mu.Lock()
	defer u.mu.Unlock()
	ra, rb := u.find(a), u.find(b)
	if ra == rb {
		return
	}
	if ra > rb {
		ra, rb = rb, ra
	}
	u.parent[rb] = ra
	u.merges.Add(1)
}

func (u *SafeUF) Groups() [][]int {
	u.mu.Lock()
	defer u.mu.Unlock()
	m := map[int][]int{}
	for i := range u.parent {
		r := u.find(i)
		m[r] = append(m[r], i)
	}
	var out [][]int
	for _, g := range m {
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

func main() {
	const n = 24
	var edges [][2]int
	for i := 0; i < n; i++ {
		if i%4 != 3 {
			edges = append(edges, [2]int{i, i + 1})
		}
		if i+8 < n && i%3 == 0 {
			edges = append(edges, [2]int{i, i + 8})
		}
	}
	uf := NewSafeUF(n)
	var processed atomic.Int32
	var wg sync.WaitGroup
	chunks := 4
	per := (len(edges) + chunks - 1) / chunks
	for c := 0; c < chunks; c++ {
		lo, hi := c*per, min((c+1)*per, len(edges))
		wg.Add(1)
		go func(part [][2]int) {
			defer wg.Done()
			for _, e := range part {
				uf.Union(e[0], e[1])
				processed.Add(1)
			}
		}(edges[lo:hi])
	}
	wg.Wait()
	groups := uf.Groups()
	fmt.Printf("edges=%d processed=%d merges=%d components=%d\n",
		len(edges), processed.Load(), uf.merges.Load(), len(groups))
	fmt.Println("comp  size  members")
	for i, g := range groups {
		fmt.Printf("%4d  %4d  %v\n", i, len(g), g)
	}
	fmt.Println(n-int(uf.merges.Load()) == len(groups))
}
