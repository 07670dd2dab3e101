package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
)

const edges = `alpha-beta
beta-gamma
delta-epsilon
zeta-zeta
eta-theta
theta-iota
iota-eta
kappa-alpha
lambda-mu`

type DSU struct {
	parent map[string]string
	size   map[string]int
}

func NewDSU() *DSU { return &DSU{map[string]string{}, map[string]int{}} }

func (d *DSU) Find(x string) string {
	if _, ok := d.parent[x]; !ok {
		d.parent[x] = x
		d.size[x] = 1
	}
	for d.parent[x] != x {
		d.parent[x] = d.parent[d.parent[x]]
		x = d.parent[x]
	}
	return x
}

func (d *DSU) Union(a, b string) bool {
	ra, rb := d.Find(a), d.Find(b)
	if ra == rb {
		return false
	}
	if d.size[ra] < d.size[rb] || (d.size[ra] == d.size[rb] && ra > rb) {
		ra, rb = rb, ra
	}
	d.parent[rb] = ra
	d.size[ra] += d.size[rb]
	return true
}

func main() {
	d := NewDSU()
	sc := bufio.NewScanner(strings.NewReader(edges))
	cycles := 0
	for sc.Scan() {
		a, b, ok := strings.Cut(sc.Text(), "-")
		if !ok {
			continue
		}
		if !d.Union(a, b) {
			cycles++
		}
	}
	groups := map[string][]string{}
	for x := range d.parent {
		r := d.Find(x)
		groups[r] = append(groups[r], x)
	}
	var roots []string
	for r := range groups {
		roots = append(roots, r)
	}
	sort.Slice(roots, func(i, j int) bool {
		if len(groups[roots[i]]) != len(groups[roots[j]]) {
			return len(groups[roots[i]]) > len(groups[roots[j]])
		}
		return roots[i] < roots[j]
	})
	for _, r := range roots {
		g := groups[r]
		sort.Strings(g)
		fmt.Printf("%-6s %d %v\n", r, len(g), g)
	}
	fmt.Println("components:", len(roots), "redundant edges:", cycles)
	fmt.Println(d.size[d.Find("gamma")])
}
