// Exercises: a disjoint-set type DSU []int with Find (path compression) and Union methods on value and pointer receivers, component sizes in a map, sorted output.
package main

import (
	"fmt"
	"sort"
)

type DSU []int

func NewDSU(n int) DSU {
	d := make(DSU, n)
	for i := range d {
		d[i] = i
	}
	return d
}

func (d DSU) Find(x int) int {
	for d[x] != x {
		d[x] = d[d[x]]
		x = d[x]
	}
	return x
}

func (d DSU) Union(a, b int) bool {
	ra, rb := d.Find(a), d.Find(b)
	if ra == rb {
		return false
	}
	d[max(ra, rb)] = min(ra, rb)
	return true
}

func (d *DSU) Grow() int {
	*d = append(*d, len(*d))
	return len(*d) - 1
}

func main() {
	d := NewDSU(10)
	edges := [][2]int{{0, 1}, {2, 3}, {1, 3}, {5, 6}, {6, 7}, {7, 5}, {8, 9}}
	redundant := 0
	for _, e := range edges {
		if !d.Union(e[0], e[1]) {
			redundant++
		}
	}
	sizes := map[int]int{}
	for i := range d {
		sizes[d.Find(i)]++
	}
	var s []int
	for _, n := range sizes {
		s = append(s, n)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(s)))
	fmt.Println(redundant, len(sizes), s, sizes)
	x := d.Grow()
	d.Union(x, 9)
	fmt.Println(x, d.Find(x), len(d), d)
}
