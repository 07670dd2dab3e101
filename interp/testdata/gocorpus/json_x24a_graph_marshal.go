package main

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
)

type NodeID string

type Graph struct {
	Directed bool
	adj      map[NodeID]map[NodeID]float64
}

type edgeJSON struct {
	From   NodeID  `json:"from"`
	To     NodeID  `json:"to"`
	Weight float64 `json:"w,omitempty"`
}

type graphJSON struct {
	Directed bool       `json:"directed"`
	Nodes    []NodeID   `json:"nodes"`
	Edges    []edgeJSON `json:"edges"`
}

func NewGraph(directed bool) *Graph {
	return &Graph{Directed: directed, adj: map[NodeID]map[NodeID]float64{}}
}

func (g *Graph) AddNode(n NodeID) {
	if g.adj[n] == nil {
		g.adj[n] = map[NodeID]float64{}
	}
}

func (g *Graph) AddEdge(a, b NodeID, w float64) {
	g.AddNode(a)
	g.AddNode(b)
	g.adj[a][b] = w
	if !g.Directed {
		g.adj[b][a] = w
	}
}

func (g *Graph) MarshalJSON() ([]byte, error) {
	out := graphJSON{Directed: g.Directed, Edges: []edgeJSON{}}
	for n := range g.adj {
		out.Nodes = append(out.Nodes, n)
	}
	slices.Sort(out.Nodes)
	for _, a := range out.Nodes {
		for b, w := range g.adj[a] {
			if g.Directed || a < b {
				out.Edges = append(out.Edges, edgeJSON{a, b, w})
			}
		}
	}
	slices.SortFunc(out.Edges, func(x, y edgeJSON) int {
		return strings.Compare(string(x.From)+"/"+string(x.To), string(y.From)+"/"+string(y.To))
	})
	return json.Marshal(out)
}

func (g *Graph) UnmarshalJSON(data []byte) error {
	var in graphJSON
	if err := json.Unmarshal(data, &in); err != nil {
		return fmt.Errorf("graph: %w", err)
	}
	*g = *NewGraph(in.Directed)
	for _, n := range in.Nodes {
		g.AddNode(n)
	}
	for _, e := range in.Edges {
		if g.adj[e.From] == nil || g.adj[e.To] == nil {
			return fmt.Errorf("graph: edge %s->%s names an unknown node", e.From, e.To)
		}
		g.AddEdge(e.From, e.To, e.Weight)
	}
	return nil
}

func (g *Graph) Degree() map[NodeID]int {
	d := map[NodeID]int{}
	for n, nb := range g.adj {
		d[n] = len(nb)
	}
	return d
}

func main() {
	g := NewGraph(false)
	g.AddEdge("a", "b", 1.5)
	g.AddEdge("b", "c", 2)
	g.AddEdge("a", "c", 0)
	g.AddNode("z")
	b, err := json.Marshal(g)
	fmt.Println(string(b), err)

	var h Graph
	if err := json.Unmarshal(b, &h); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println(h.Directed, h.Degree())

	wrapped := map[string]*Graph{"first": g, "second": nil}
	wb, _ := json.MarshalIndent(wrapped, "", "  ")
	fmt.Println(string(wb))

	bad := []string{`{"directed":true,"nodes":["x"],"edges":[{"from":"x","to":"y"}]}`, `{"nodes":"x"}`, `[1,2]`}
	for _, s := range bad {
		var gg Graph
		err := json.Unmarshal([]byte(s), &gg)
		fmt.Println(err)
	}
}
