package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Record struct {
	ID, Parent int
}

type Node struct {
	ID       int
	Children []*Node
}

func Build(records []Record) (*Node, error) {
	if len(records) == 0 {
		return nil, nil
	}
	rs := append([]Record(nil), records...)
	sort.Slice(rs, func(i, j int) bool { return rs[i].ID < rs[j].ID })
	nodes := make([]*Node, len(rs))
	for i, r := range rs {
		switch {
		case r.ID != i:
			return nil, fmt.Errorf("non-contiguous id %d at %d", r.ID, i)
		case r.ID == 0 && r.Parent != 0:
			return nil, errors.New("root has parent")
		case r.ID != 0 && r.Parent >= r.ID:
			return nil, fmt.Errorf("bad parent %d for %d", r.Parent, r.ID)
		}
		nodes[i] = &Node{ID: r.ID}
		if i > 0 {
			p := nodes[r.Parent]
			p.Children = append(p.Children, nodes[i])
		}
	}
	return nodes[0], nil
}

func (n *Node) Render(b *strings.Builder, depth int) {
	fmt.Fprintf(b, "%s%d\n", strings.Repeat("  ", depth), n.ID)
	for _, c := range n.Children {
		c.Render(b, depth+1)
	}
}

func (n *Node) Count() int {
	c := 1
	for _, ch := range n.Children {
		c += ch.Count()
	}
	return c
}

func main() {
	sets := [][]Record{
		{{ID: 6, Parent: 2}, {ID: 0}, {ID: 3, Parent: 1}, {ID: 2, Parent: 0}, {ID: 4, Parent: 1}, {ID: 5, Parent: 2}, {ID: 1}},
		{},
		{{ID: 0, Parent: 1}},
		{{ID: 0}, {ID: 2, Parent: 0}},
		{{ID: 0}, {ID: 1, Parent: 1}},
		{{ID: 0}, {ID: 1}, {ID: 2, Parent: 1}, {ID: 3, Parent: 2}},
	}
	for i, s := range sets {
		root, err := Build(s)
		switch {
		case err != nil:
			fmt.Printf("set %d: error %v\n", i, err)
		case root == nil:
			fmt.Printf("set %d: empty\n", i)
		default:
			var b strings.Builder
			root.Render(&b, 0)
			fmt.Printf("set %d: %d nodes\n%s", i, root.Count(), b.String())
		}
	}
}
