package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Row struct {
	Feats map[string]string
	Label string
}

type Node struct {
	Attr     string
	Children map[string]*Node
	Leaf     string
}

func entropy(rows []Row) float64 {
	c := map[string]int{}
	for _, r := range rows {
		c[r.Label]++
	}
	h := 0.0
	for _, n := range c {
		p := float64(n) / float64(len(rows))
		h -= p * math.Log2(p)
	}
	return h
}

func split(rows []Row, attr string) map[string][]Row {
	m := map[string][]Row{}
	for _, r := range rows {
		m[r.Feats[attr]] = append(m[r.Feats[attr]], r)
	}
	return m
}

func majority(rows []Row) string {
	c := map[string]int{}
	for _, r := range rows {
		c[r.Label]++
	}
	best, bn := "", -1
	keys := make([]string, 0)
	for k := range c {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if c[k] > bn {
			best, bn = k, c[k]
		}
	}
	return best
}

func build(rows []Row, attrs []string) *Node {
	if entropy(rows) == 0 || len(attrs) == 0 {
		return &Node{Leaf: majority(rows)}
	}
	base := entropy(rows)
	bestA, bestG := "", -1.0
	for _, a := range attrs {
		g := base
		for _, sub := range split(rows, a) {
			g -= float64(len(sub)) / float64(len(rows)) * entropy(sub)
		}
		fmt.Printf("  gain(%s | n=%d) = %.4f\n", a, len(rows), g)
		if g > bestG+1e-12 {
			bestA, bestG = a, g
		}
	}
	rest := []string{}
	for _, a := range attrs {
		if a != bestA {
			rest = append(rest, a)
		}
	}
	n := &Node{Attr: bestA, Children: map[string]*Node{}}
	parts := split(rows, bestA)
	vals := make([]string, 0, len(parts))
	for v := range parts {
		vals = append(vals, v)
	}
	sort.Strings(vals)
	for _, v := range vals {
		n.Children[v] = build(parts[v], rest)
	}
	return n
}

func (n *Node) Print(indent int) {
	if n.Children == nil {
		fmt.Printf("%s-> %s\n", strings.Repeat("  ", indent), n.Leaf)
		return
	}
	vals := make([]string, 0, len(n.Children))
	for v := range n.Children {
		vals = append(vals, v)
	}
	sort.Strings(vals)
	for _, v := range vals {
		fmt.Printf("%s%s=%s\n", strings.Repeat("  ", indent), n.Attr, v)
		n.Children[v].Print(indent + 1)
	}
}

func main() {
	raw := []string{
		"sunny hot high weak no", "sunny hot high strong no", "overcast hot high weak yes",
		"rain mild high weak yes", "rain cool normal weak yes", "rain cool normal strong no",
		"overcast cool normal strong yes", "sunny mild high weak no", "sunny cool normal weak yes",
		"rain mild normal weak yes", "sunny mild normal strong yes", "overcast mild high strong yes",
		"overcast hot normal weak yes", "rain mild high strong no",
	}
	attrs := []string{"outlook", "temp", "humidity", "wind"}
	var rows []Row
	for _, line := range raw {
		f := strings.Fields(line)
		r := Row{Feats: map[string]string{}, Label: f[4]}
		for i, a := range attrs {
			r.Feats[a] = f[i]
		}
		rows = append(rows, r)
	}
	fmt.Printf("root entropy %.4f\n", entropy(rows))
	sorted := append([]string(nil), attrs...)
	sort.Strings(sorted)
	tree := build(rows, sorted)
	tree.Print(0)
}
