package main

import (
	"fmt"
	"strings"
)

type EdgeKind int

const (
	Tree EdgeKind = iota
	Back
	Forward
	Cross
)

func (k EdgeKind) String() string {
	return [...]string{"tree", "back", "forward", "cross"}[k]
}

type color uint8

const (
	white color = iota
	gray
	black
)

type DFSResult struct {
	Pre, Post []int
	Kinds     map[[2]int]EdgeKind
	Order     []int
}

func Classify(adj [][]int) DFSResult {
	n := len(adj)
	r := DFSResult{Pre: make([]int, n), Post: make([]int, n), Kinds: map[[2]int]EdgeKind{}}
	col := make([]color, n)
	clock := 0
	var visit func(u int)
	visit = func(u int) {
		col[u] = gray
		clock++
		r.Pre[u] = clock
		for _, v := range adj[u] {
			e := [2]int{u, v}
			switch col[v] {
			case white:
				r.Kinds[e] = Tree
				visit(v)
			case gray:
				r.Kinds[e] = Back
			case black:
				if r.Pre[u] < r.Pre[v] {
					r.Kinds[e] = Forward
				} else {
					r.Kinds[e] = Cross
				}
			}
		}
		col[u] = black
		clock++
		r.Post[u] = clock
		r.Order = append(r.Order, u)
	}
	for u := range adj {
		if col[u] == white {
			visit(u)
		}
	}
	return r
}

func main() {
	adj := [][]int{
		0: {1, 4, 3},
		1: {2},
		2: {0, 3},
		3: {},
		4: {3, 5},
		5: {6},
		6: {4},
		7: {6, 0},
	}
	r := Classify(adj)
	fmt.Println("v  pre post")
	for v := range adj {
		fmt.Printf("%d %4d %4d\n", v, r.Pre[v], r.Post[v])
	}
	counts := map[EdgeKind]int{}
	for u, vs := range adj {
		for _, v := range vs {
			k := r.Kinds[[2]int{u, v}]
			counts[k]++
			fmt.Printf("  %d->%d %-7v %d\n", u, v, k, k)
		}
	}
	fmt.Println(counts)
	hasCycle := counts[Back] > 0
	fmt.Println("cyclic:", hasCycle)
	rev := make([]string, len(r.Order))
	for i, v := range r.Order {
		rev[len(r.Order)-1-i] = fmt.Sprint(v)
	}
	fmt.Println("reverse postorder:", strings.Join(rev, ","))
	fmt.Printf("%v %d %s %#v\n", Back, Cross, Forward, Tree)
}
