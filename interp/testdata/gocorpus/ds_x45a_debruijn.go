package main

import (
	"fmt"
	"slices"
	"strings"
)

type Graph struct {
	adj      map[string][]string
	indeg    map[string]int
	outdeg   map[string]int
	edgeUsed map[string]int
}

func NewGraph() *Graph {
	return &Graph{adj: map[string][]string{}, indeg: map[string]int{}, outdeg: map[string]int{}}
}

func (g *Graph) AddEdge(a, b string) {
	g.adj[a] = append(g.adj[a], b)
	g.outdeg[a]++
	g.indeg[b]++
	if _, ok := g.adj[b]; !ok {
		g.adj[b] = nil
	}
}

func deBruijn(kmers []string) *Graph {
	g := NewGraph()
	for _, k := range kmers {
		g.AddEdge(k[:len(k)-1], k[1:])
	}
	for n := range g.adj {
		slices.Sort(g.adj[n])
	}
	return g
}

func (g *Graph) start() string {
	nodes := make([]string, 0, len(g.adj))
	for n := range g.adj {
		nodes = append(nodes, n)
	}
	slices.Sort(nodes)
	for _, n := range nodes {
		if g.outdeg[n]-g.indeg[n] == 1 {
			return n
		}
	}
	return nodes[0]
}

// Hierholzer's algorithm for an Eulerian path.
func (g *Graph) EulerPath() []string {
	adj := map[string][]string{}
	for k, v := range g.adj {
		adj[k] = slices.Clone(v)
	}
	stack := []string{g.start()}
	var path []string
	for len(stack) > 0 {
		v := stack[len(stack)-1]
		if len(adj[v]) > 0 {
			next := adj[v][0]
			adj[v] = adj[v][1:]
			stack = append(stack, next)
		} else {
			path = append(path, v)
			stack = stack[:len(stack)-1]
		}
	}
	slices.Reverse(path)
	return path
}

func assemble(path []string) string {
	var sb strings.Builder
	sb.WriteString(path[0])
	for _, p := range path[1:] {
		sb.WriteByte(p[len(p)-1])
	}
	return sb.String()
}

func main() {
	genome := "TAATGCCATGGGATGTT"
	k := 3
	var kmers []string
	for i := 0; i+k <= len(genome); i++ {
		kmers = append(kmers, genome[i:i+k])
	}
	g := deBruijn(kmers)
	keys := slices.Sorted(func(yield func(string) bool) {
		for n := range g.adj {
			if !yield(n) {
				return
			}
		}
	})
	for _, n := range keys {
		if len(g.adj[n]) > 0 {
			fmt.Printf("%s -> %s\n", n, strings.Join(g.adj[n], ","))
		}
	}
	path := g.EulerPath()
	fmt.Println("path:", path)
	got := assemble(path)
	fmt.Printf("assembled %q (len %d), original %q, same=%v\n", got, len(got), genome, got == genome)
}
