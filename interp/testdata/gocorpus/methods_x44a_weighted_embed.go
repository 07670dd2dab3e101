package main

import (
	"fmt"
	"sort"
	"strings"
)

type Vertex struct {
	ID   int
	Name string
}

func (v Vertex) String() string { return fmt.Sprintf("%s#%d", v.Name, v.ID) }

type BaseGraph struct {
	verts []Vertex
	index map[string]int
}

func (b *BaseGraph) AddVertex(name string) Vertex {
	if b.index == nil {
		b.index = map[string]int{}
	}
	if id, ok := b.index[name]; ok {
		return b.verts[id]
	}
	v := Vertex{len(b.verts), name}
	b.verts = append(b.verts, v)
	b.index[name] = v.ID
	return v
}

func (b *BaseGraph) Order() int { return len(b.verts) }

type WeightedGraph struct {
	BaseGraph
	weights map[[2]int]int
}

func (w *WeightedGraph) Connect(a, b string, cost int) {
	va, vb := w.AddVertex(a), w.AddVertex(b)
	if w.weights == nil {
		w.weights = map[[2]int]int{}
	}
	w.weights[[2]int{va.ID, vb.ID}] = cost
	w.weights[[2]int{vb.ID, va.ID}] = cost
}

func (w *WeightedGraph) Size() int { return len(w.weights) / 2 }

type Describer interface {
	Order() int
	Size() int
}

func describe(d Describer) string {
	return fmt.Sprintf("%T: |V|=%d |E|=%d", d, d.Order(), d.Size())
}

func (w *WeightedGraph) Table() string {
	var sb strings.Builder
	type row struct {
		a, b Vertex
		c    int
	}
	var rows []row
	for k, c := range w.weights {
		if k[0] < k[1] {
			rows = append(rows, row{w.verts[k[0]], w.verts[k[1]], c})
		}
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].c != rows[j].c {
			return rows[i].c < rows[j].c
		}
		return rows[i].a.ID < rows[j].a.ID
	})
	for _, r := range rows {
		fmt.Fprintf(&sb, "%-10v %-10v %4d\n", r.a, r.b, r.c)
	}
	return sb.String()
}

func main() {
	var g WeightedGraph
	g.Connect("oslo", "bergen", 463)
	g.Connect("oslo", "trondheim", 494)
	g.Connect("bergen", "stavanger", 210)
	g.Connect("trondheim", "bodo", 712)
	g.Connect("oslo", "stavanger", 547)
	fmt.Println(describe(&g))
	fmt.Print(g.Table())
	v := g.AddVertex("oslo")
	fmt.Println(v, g.Order())
	fmt.Printf("%v | %+v | %s\n", g.verts[1], g.verts[1], g.verts[1])
	order := g.BaseGraph.Order
	g.AddVertex("tromso")
	fmt.Println("order via method value:", order())
	fmt.Printf("%q\n", g.verts)
}
