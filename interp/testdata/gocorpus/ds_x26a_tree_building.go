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

var (
	ErrNoRoot    = errors.New("no root node")
	ErrBadParent = errors.New("invalid parent")
	ErrNonCont   = errors.New("non-continuous ids")
)

func Build(records []Record) (*Node, error) {
	if len(records) == 0 {
		return nil, nil
	}
	sorted := append([]Record(nil), records...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].ID < sorted[j].ID })
	nodes := make([]*Node, len(sorted))
	for i, r := range sorted {
		switch {
		case r.ID != i:
			return nil, fmt.Errorf("record %d: %w", r.ID, ErrNonCont)
		case r.ID == 0 && r.Parent != 0:
			return nil, fmt.Errorf("root has parent %d: %w", r.Parent, ErrNoRoot)
		case r.ID != 0 && r.Parent >= r.ID:
			return nil, fmt.Errorf("record %d parent %d: %w", r.ID, r.Parent, ErrBadParent)
		}
		nodes[i] = &Node{ID: r.ID}
		if i > 0 {
			p := nodes[r.Parent]
			p.Children = append(p.Children, nodes[i])
		}
	}
	return nodes[0], nil
}

func (n *Node) String() string {
	var sb strings.Builder
	var walk func(*Node, int)
	walk = func(n *Node, depth int) {
		fmt.Fprintf(&sb, "%s%d\n", strings.Repeat("  ", depth), n.ID)
		for _, c := range n.Children {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return sb.String()
}

func main() {
	recs := []Record{
		{5, 1}, {3, 2}, {2, 0}, {4, 1}, {1, 0}, {0, 0}, {6, 2},
	}
	root, err := Build(recs)
	fmt.Print(root, err, "\n")
	n, err := Build(nil)
	fmt.Println(n == nil, err)
	bad := [][]Record{
		{{0, 1}},
		{{0, 0}, {2, 0}},
		{{0, 0}, {1, 1}},
		{{0, 0}, {1, 0}, {2, 3}, {3, 0}},
	}
	for _, b := range bad {
		_, err := Build(b)
		which := "?"
		for _, target := range []error{ErrNoRoot, ErrBadParent, ErrNonCont} {
			if errors.Is(err, target) {
				which = target.Error()
			}
		}
		fmt.Printf("%v => %s\n", err, which)
	}
}
