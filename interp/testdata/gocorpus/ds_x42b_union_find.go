package main

import (
	"fmt"
	"slices"
	"strings"
)

type DSU struct {
	parent []int
	rank   []int
	sets   int
}

func NewDSU(n int) *DSU {
	d := &DSU{parent: make([]int, n), rank: make([]int, n), sets: n}
	for i := range d.parent {
		d.parent[i] = i
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
	switch {
	case d.rank[ra] < d.rank[rb]:
		ra, rb = rb, ra
	case d.rank[ra] == d.rank[rb]:
		d.rank[ra]++
	}
	d.parent[rb] = ra
	d.sets--
	return true
}

type Account struct {
	Name   string
	Emails []string
}

// MergeAccounts merges accounts that share any email address.
func MergeAccounts(accts []Account) []Account {
	d := NewDSU(len(accts))
	owner := map[string]int{}
	for i, a := range accts {
		for _, e := range a.Emails {
			e = strings.ToLower(e)
			if j, ok := owner[e]; ok {
				d.Union(i, j)
			} else {
				owner[e] = i
			}
		}
	}
	groups := map[int][]string{}
	for e, i := range owner {
		root := d.Find(i)
		groups[root] = append(groups[root], e)
	}
	var out []Account
	for root, emails := range groups {
		slices.Sort(emails)
		out = append(out, Account{accts[root].Name, emails})
	}
	slices.SortFunc(out, func(a, b Account) int {
		if c := strings.Compare(a.Name, b.Name); c != 0 {
			return c
		}
		return strings.Compare(a.Emails[0], b.Emails[0])
	})
	return out
}

type edge struct {
	u, v int
	w    float64
}

func kruskal(n int, edges []edge) (float64, []edge) {
	slices.SortStableFunc(edges, func(a, b edge) int {
		switch {
		case a.w < b.w:
			return -1
		case a.w > b.w:
			return 1
		}
		return 0
	})
	d := NewDSU(n)
	var total float64
	var used []edge
	for _, e := range edges {
		if d.Union(e.u, e.v) {
			total += e.w
			used = append(used, e)
		}
	}
	return total, used
}

func main() {
	accts := []Account{
		{"John", []string{"john@mail.com", "john_work@corp.com"}},
		{"John", []string{"johnny@mail.com"}},
		{"John", []string{"JOHN@mail.com", "j.smith@home.org"}},
		{"Mary", []string{"mary@mail.com"}},
		{"Zed", []string{"z@z.io", "johnny@mail.com"}},
	}
	for _, a := range MergeAccounts(accts) {
		fmt.Printf("%s: %v\n", a.Name, a.Emails)
	}
	edges := []edge{{0, 1, 4}, {0, 2, 3}, {1, 2, 1}, {1, 3, 2}, {2, 3, 4}, {3, 4, 2}, {4, 5, 6}, {3, 5, 6.5}}
	total, used := kruskal(6, edges)
	fmt.Printf("MST weight %.1f using %v\n", total, used)
	d := NewDSU(10)
	for i := 0; i+2 < 10; i += 2 {
		d.Union(i, i+2)
	}
	fmt.Println("sets:", d.sets, d.Find(8) == d.Find(0), d.Find(1) == d.Find(3))
	fmt.Printf("%+v\n", *NewDSU(3))
}
