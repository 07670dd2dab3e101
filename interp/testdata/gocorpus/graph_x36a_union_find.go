package main

import (
	"fmt"
	"sort"
)

type DSU struct {
	parent, size []int
	sets         int
}

func NewDSU(n int) *DSU {
	d := &DSU{parent: make([]int, n), size: make([]int, n), sets: n}
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
	ra, rb := d.Find(a), d.Find(b)
	if ra == rb {
		return false
	}
	if d.size[ra] < d.size[rb] {
		ra, rb = rb, ra
	}
	d.parent[rb] = ra
	d.size[ra] += d.size[rb]
	d.sets--
	return true
}

func numIslands(grid []string) int {
	rows, cols := len(grid), len(grid[0])
	d := NewDSU(rows * cols)
	water := 0
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			if grid[r][c] == '0' {
				water++
				continue
			}
			if r+1 < rows && grid[r+1][c] == '1' {
				d.Union(r*cols+c, (r+1)*cols+c)
			}
			if c+1 < cols && grid[r][c+1] == '1' {
				d.Union(r*cols+c, r*cols+c+1)
			}
		}
	}
	return d.sets - water
}

func findRedundantConnection(edges [][2]int) [2]int {
	d := NewDSU(len(edges) + 1)
	for _, e := range edges {
		if !d.Union(e[0], e[1]) {
			return e
		}
	}
	return [2]int{}
}

func accountsMerge(accounts [][]string) [][]string {
	owner := map[string]string{}
	id := map[string]int{}
	for _, acc := range accounts {
		for _, email := range acc[1:] {
			if _, ok := id[email]; !ok {
				id[email] = len(id)
			}
			owner[email] = acc[0]
		}
	}
	d := NewDSU(len(id))
	for _, acc := range accounts {
		for _, email := range acc[2:] {
			d.Union(id[acc[1]], id[email])
		}
	}
	groups := map[int][]string{}
	for email, i := range id {
		r := d.Find(i)
		groups[r] = append(groups[r], email)
	}
	var res [][]string
	for _, g := range groups {
		sort.Strings(g)
		res = append(res, append([]string{owner[g[0]]}, g...))
	}
	sort.Slice(res, func(i, j int) bool { return res[i][1] < res[j][1] })
	return res
}

func main() {
	fmt.Println(numIslands([]string{"11110", "11010", "11000", "00000"}))
	fmt.Println(numIslands([]string{"11000", "11000", "00100", "00011"}))
	fmt.Println(findRedundantConnection([][2]int{{1, 2}, {1, 3}, {2, 3}}))
	fmt.Println(findRedundantConnection([][2]int{{1, 2}, {2, 3}, {3, 4}, {1, 4}, {1, 5}}))
	accs := [][]string{
		{"John", "johnsmith@mail.com", "john_newyork@mail.com"},
		{"John", "johnsmith@mail.com", "john00@mail.com"},
		{"Mary", "mary@mail.com"},
		{"John", "johnnybravo@mail.com"},
	}
	for _, a := range accountsMerge(accs) {
		fmt.Printf("%q\n", a)
	}
	d := NewDSU(6)
	d.Union(0, 1)
	d.Union(2, 3)
	d.Union(1, 3)
	fmt.Printf("%+v\n", *d)
}
