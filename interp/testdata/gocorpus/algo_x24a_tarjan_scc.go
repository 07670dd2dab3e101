package main

import (
	"fmt"
	"slices"
	"sort"
)

type Digraph map[int][]int

func (g Digraph) Vertices() []int {
	seen := map[int]bool{}
	for v, ws := range g {
		seen[v] = true
		for _, w := range ws {
			seen[w] = true
		}
	}
	var vs []int
	for v := range seen {
		vs = append(vs, v)
	}
	sort.Ints(vs)
	return vs
}

func (g Digraph) SCC() [][]int {
	index := map[int]int{}
	low := map[int]int{}
	onStack := map[int]bool{}
	var stack []int
	var comps [][]int
	counter := 0

	var strong func(v int)
	strong = func(v int) {
		index[v], low[v] = counter, counter
		counter++
		stack = append(stack, v)
		onStack[v] = true
		for _, w := range g[v] {
			if _, visited := index[w]; !visited {
				strong(w)
				low[v] = min(low[v], low[w])
			} else if onStack[w] {
				low[v] = min(low[v], index[w])
			}
		}
		if low[v] == index[v] {
			var comp []int
			for {
				w := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				onStack[w] = false
				comp = append(comp, w)
				if w == v {
					break
				}
			}
			slices.Sort(comp)
			comps = append(comps, comp)
		}
	}
	for _, v := range g.Vertices() {
		if _, ok := index[v]; !ok {
			strong(v)
		}
	}
	slices.SortFunc(comps, func(a, b []int) int { return a[0] - b[0] })
	return comps
}

func (g Digraph) Condense(comps [][]int) map[int][]int {
	which := map[int]int{}
	for i, c := range comps {
		for _, v := range c {
			which[v] = i
		}
	}
	dag := map[int][]int{}
	for v, ws := range g {
		for _, w := range ws {
			a, b := which[v], which[w]
			if a != b && !slices.Contains(dag[a], b) {
				dag[a] = append(dag[a], b)
			}
		}
	}
	for k := range dag {
		slices.Sort(dag[k])
	}
	return dag
}

func main() {
	g := Digraph{
		1: {2}, 2: {3, 4}, 3: {1}, 4: {5}, 5: {6}, 6: {4, 7},
		7: {8}, 8: {7, 9}, 10: {10},
	}
	comps := g.SCC()
	fmt.Println(len(comps), comps)
	fmt.Println(g.Condense(comps))
	fmt.Println(g.Vertices())
	big := Digraph{}
	for i := 0; i < 12; i++ {
		big[i] = []int{(i + 1) % 12}
		if i%4 == 3 {
			big[i] = []int{i + 1}
		}
	}
	delete(big, 11)
	fmt.Println(big.SCC())
}
