package main

import (
	"fmt"
	"sort"
	"strings"
)

type Value struct {
	Data  float64
	Grad  float64
	Op    string
	Label string
	Prev  []*Value
}

func lf(label string, d float64) *Value { return &Value{Data: d, Label: label} }

func op(label, o string, d float64, ps ...*Value) *Value {
	return &Value{Data: d, Op: o, Label: label, Prev: ps}
}

func trace(root *Value) (nodes []*Value, edges [][2]*Value) {
	seen := map[*Value]bool{}
	var build func(*Value)
	build = func(v *Value) {
		if seen[v] {
			return
		}
		seen[v] = true
		nodes = append(nodes, v)
		for _, c := range v.Prev {
			edges = append(edges, [2]*Value{c, v})
			build(c)
		}
	}
	build(root)
	return
}

func drawDot(root *Value) string {
	nodes, edges := trace(root)
	ids := map[*Value]string{}
	sort.Slice(nodes, func(i, j int) bool { return nodes[i].Label < nodes[j].Label })
	for i, n := range nodes {
		ids[n] = fmt.Sprintf("n%d", i)
	}
	var sb strings.Builder
	sb.WriteString("digraph G {\n  rankdir=LR;\n")
	for _, n := range nodes {
		fmt.Fprintf(&sb, "  %s [label=\"{ %s | data %.4f | grad %.4f }\", shape=record];\n", ids[n], n.Label, n.Data, n.Grad)
		if n.Op != "" {
			fmt.Fprintf(&sb, "  %s_op [label=%q];\n  %s_op -> %s;\n", ids[n], n.Op, ids[n], ids[n])
		}
	}
	lines := make([]string, 0, len(edges))
	for _, e := range edges {
		lines = append(lines, fmt.Sprintf("  %s -> %s_op;", ids[e[0]], ids[e[1]]))
	}
	sort.Strings(lines)
	sb.WriteString(strings.Join(lines, "\n"))
	sb.WriteString("\n}\n")
	return sb.String()
}

func main() {
	a := lf("a", 2)
	b := lf("b", -3)
	c := lf("c", 10)
	e := op("e", "*", a.Data*b.Data, a, b)
	d := op("d", "+", e.Data+c.Data, e, c)
	f := lf("f", -2)
	L := op("L", "*", d.Data*f.Data, d, f)
	L.Grad = 1
	f.Grad, d.Grad = d.Data, f.Data
	e.Grad, c.Grad = d.Grad, d.Grad
	a.Grad, b.Grad = b.Data*e.Grad, a.Data*e.Grad
	fmt.Print(drawDot(L))
	fmt.Println(strings.Repeat("=", 20))
	fmt.Println(strings.Count(drawDot(L), "->"), "arrows")
}
