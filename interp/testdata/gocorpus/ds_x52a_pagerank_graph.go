package main

import (
	"fmt"
	"math"
	"sort"
)

type Graph struct {
	Nodes []string
	Links map[string][]string
}

func (g *Graph) index() map[string]int {
	idx := make(map[string]int, len(g.Nodes))
	for i, n := range g.Nodes {
		idx[n] = i
	}
	return idx
}

func (g *Graph) PageRank(d float64, iters int) map[string]float64 {
	n := len(g.Nodes)
	idx := g.index()
	rank := make([]float64, n)
	for i := range rank {
		rank[i] = 1 / float64(n)
	}
	for it := 0; it < iters; it++ {
		next := make([]float64, n)
		dangling := 0.0
		for _, from := range g.Nodes {
			out := g.Links[from]
			r := rank[idx[from]]
			if len(out) == 0 {
				dangling += r
				continue
			}
			for _, to := range out {
				next[idx[to]] += d * r / float64(len(out))
			}
		}
		diff := 0.0
		for i := range next {
			next[i] += (1-d)/float64(n) + d*dangling/float64(n)
			diff += math.Abs(next[i] - rank[i])
		}
		rank = next
		if diff < 1e-12 {
			break
		}
	}
	res := map[string]float64{}
	for i, name := range g.Nodes {
		res[name] = math.Round(rank[i]*1e6) / 1e6
	}
	return res
}

func main() {
	g := &Graph{
		Nodes: []string{"A", "B", "C", "D", "E"},
		Links: map[string][]string{
			"A": {"B", "C"},
			"B": {"C"},
			"C": {"A"},
			"D": {"C", "A", "E"},
		},
	}
	pr := g.PageRank(0.85, 200)
	fmt.Println(pr)
	names := make([]string, 0, len(pr))
	for k := range pr {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool {
		if pr[names[i]] != pr[names[j]] {
			return pr[names[i]] > pr[names[j]]
		}
		return names[i] < names[j]
	})
	total := 0.0
	for i, n := range names {
		fmt.Printf("%d. %-2s %8.6f\n", i+1, n, pr[n])
		total += pr[n]
	}
	fmt.Printf("sum = %.4f\n", total)
}
