// Exercises: a recursive tree type with []*Node children, a tree printer with box-drawing prefixes, depth-first size/depth, sort.Slice of children, a method value passed as func.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Node struct {
	Name     string
	Size     int
	Children []*Node
}

func (n *Node) Add(children ...*Node) *Node {
	n.Children = append(n.Children, children...)
	return n
}

func (n *Node) Total() int {
	t := n.Size
	for _, c := range n.Children {
		t += c.Total()
	}
	return t
}

func (n *Node) print(b *strings.Builder, prefix string, last bool, root bool) {
	branch, next := "├── ", "│   "
	if last {
		branch, next = "└── ", "    "
	}
	if root {
		branch, next = "", ""
	}
	fmt.Fprintf(b, "%s%s%s (%d)\n", prefix, branch, n.Name, n.Total())
	sort.Slice(n.Children, func(i, j int) bool { return n.Children[i].Name < n.Children[j].Name })
	for i, c := range n.Children {
		c.print(b, prefix+next, i == len(n.Children)-1, false)
	}
}

func walk(n *Node, depth int, visit func(*Node, int)) {
	visit(n, depth)
	for _, c := range n.Children {
		walk(c, depth+1, visit)
	}
}

func main() {
	root := (&Node{Name: "/"}).Add(
		(&Node{Name: "usr"}).Add(&Node{Name: "lib", Size: 300}, &Node{Name: "bin", Size: 120}),
		&Node{Name: "etc", Size: 15},
		(&Node{Name: "home"}).Add((&Node{Name: "ann"}).Add(&Node{Name: "notes.txt", Size: 2})),
	)
	var b strings.Builder
	root.print(&b, "", true, true)
	fmt.Print(b.String())
	maxDepth, count := 0, 0
	walk(root, 0, func(n *Node, d int) { count++; maxDepth = max(maxDepth, d) })
	fmt.Println(count, maxDepth)
}
