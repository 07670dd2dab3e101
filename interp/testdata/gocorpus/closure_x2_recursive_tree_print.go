// Exercises: a recursive function literal declared with var, walking a nested directory-like tree.
package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Name     string
	Size     int
	Children []*Node
}

func main() {
	root := &Node{Name: "/", Children: []*Node{
		{Name: "bin", Children: []*Node{{Name: "ls", Size: 120}, {Name: "cat", Size: 80}}},
		{Name: "home", Children: []*Node{
			{Name: "ann", Children: []*Node{{Name: "notes.txt", Size: 12}}},
		}},
		{Name: "README", Size: 5},
	}}
	var walk func(n *Node, depth int) int
	walk = func(n *Node, depth int) int {
		total := n.Size
		for _, c := range n.Children {
			total += walk(c, depth+1)
		}
		kind := "f"
		if len(n.Children) > 0 {
			kind = "d"
		}
		fmt.Printf("%s%s %s (%d)\n", strings.Repeat("  ", depth), kind, n.Name, total)
		return total
	}
	fmt.Println("total:", walk(root, 0))
	var find func(n *Node, path string) []string
	find = func(n *Node, path string) []string {
		var out []string
		if n.Size > 50 {
			out = append(out, path+n.Name)
		}
		for _, c := range n.Children {
			out = append(out, find(c, path+n.Name+"/")...)
		}
		return out
	}
	fmt.Println(find(root, ""))
}
