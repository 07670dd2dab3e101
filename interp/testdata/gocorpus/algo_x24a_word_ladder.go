package main

import (
	"fmt"
	"slices"
	"strings"
)

type WordGraph struct {
	words   []string
	buckets map[string][]int
}

func NewWordGraph(words []string) *WordGraph {
	g := &WordGraph{words: words, buckets: make(map[string][]int)}
	for i, w := range words {
		for j := range len(w) {
			key := w[:j] + "_" + w[j+1:]
			g.buckets[key] = append(g.buckets[key], i)
		}
	}
	return g
}

func (g *WordGraph) Neighbors(i int) func(func(int) bool) {
	return func(yield func(int) bool) {
		w := g.words[i]
		for j := range len(w) {
			for _, k := range g.buckets[w[:j]+"_"+w[j+1:]] {
				if k != i && !yield(k) {
					return
				}
			}
		}
	}
}

func (g *WordGraph) Ladder(from, to string) ([]string, bool) {
	src, dst := slices.Index(g.words, from), slices.Index(g.words, to)
	if src < 0 || dst < 0 {
		return nil, false
	}
	parent := map[int]int{src: -1}
	frontier := []int{src}
	for len(frontier) > 0 && !hasKey(parent, dst) {
		var next []int
		for _, u := range frontier {
			for v := range g.Neighbors(u) {
				if _, seen := parent[v]; !seen {
					parent[v] = u
					next = append(next, v)
				}
			}
		}
		frontier = next
	}
	if !hasKey(parent, dst) {
		return nil, false
	}
	var path []string
	for v := dst; v != -1; v = parent[v] {
		path = append(path, g.words[v])
	}
	slices.Reverse(path)
	return path, true
}

func hasKey[K comparable, V any](m map[K]V, k K) bool {
	_, ok := m[k]
	return ok
}

func main() {
	dict := strings.Fields(`cold cord card ward warm word worm wore core care bare bore
		gold goad load loan lean mean meat heat head held hold bold bolt boat coat cost most mist`)
	g := NewWordGraph(dict)
	for _, q := range [][2]string{{"cold", "warm"}, {"gold", "mean"}, {"head", "coat"}, {"cold", "cold"}, {"mist", "lean"}, {"cold", "zzzz"}} {
		p, ok := g.Ladder(q[0], q[1])
		if !ok {
			fmt.Printf("%s -> %s: no ladder\n", q[0], q[1])
			continue
		}
		fmt.Printf("%s -> %s (%d steps): %s\n", q[0], q[1], len(p)-1, strings.Join(p, " > "))
	}
	deg := map[int]int{}
	for i := range dict {
		n := 0
		for range g.Neighbors(i) {
			n++
		}
		deg[n]++
	}
	fmt.Println("degree histogram:", deg, "buckets:", len(g.buckets))
}
