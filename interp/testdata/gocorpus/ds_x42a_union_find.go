package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const input = `10 8
1 2
3 4
2 3
5 6
7 7
8 9
9 10
1 4`

type DSU struct {
	parent, size []int
	comps        int
}

func NewDSU(n int) *DSU {
	d := &DSU{parent: make([]int, n), size: make([]int, n), comps: n}
	for i := range d.parent {
		d.parent[i] = i
		d.size[i] = 1
	}
	return d
}

func (d *DSU) Find(x int) int {
	for d.parent[x] != x {
		d.parent[x] = d.parent[d.parent[x]]
		x = d.parent[x]
	}
	return x
}

func (d *DSU) Union(a, b int) bool {
	a, b = d.Find(a), d.Find(b)
	if a == b {
		return false
	}
	if d.size[a] < d.size[b] {
		a, b = b, a
	}
	d.parent[b] = a
	d.size[a] += d.size[b]
	d.comps--
	return true
}

func main() {
	fields := strings.Fields(input)
	idx := 0
	next := func() int {
		v, err := strconv.Atoi(fields[idx])
		if err != nil {
			panic(err)
		}
		idx++
		return v
	}
	n, m := next(), next()
	d := NewDSU(n + 1)
	redundant := 0
	for i := 0; i < m; i++ {
		a, b := next(), next()
		if !d.Union(a, b) {
			redundant++
			fmt.Printf("edge %d-%d is redundant\n", a, b)
		}
	}
	groups := map[int][]int{}
	for v := 1; v <= n; v++ {
		r := d.Find(v)
		groups[r] = append(groups[r], v)
	}
	var sizes [][]int
	for _, g := range groups {
		sizes = append(sizes, g)
	}
	sort.Slice(sizes, func(i, j int) bool {
		if len(sizes[i]) != len(sizes[j]) {
			return len(sizes[i]) > len(sizes[j])
		}
		return sizes[i][0] < sizes[j][0]
	})
	fmt.Println("components:", d.comps-1, "redundant:", redundant)
	for _, g := range sizes {
		fmt.Println(len(g), g)
	}
}
