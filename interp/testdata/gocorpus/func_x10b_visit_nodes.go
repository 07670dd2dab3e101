// Exercises: function values, a forEachNode helper taking pre and post functions, closures holding depth state, nil function values
package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Tag      string
	Children []*Node
}

func forEachNode(n *Node, pre, post func(n *Node)) {
	if pre != nil {
		pre(n)
	}
	for _, c := range n.Children {
		forEachNode(c, pre, post)
	}
	if post != nil {
		post(n)
	}
}

func el(tag string, kids ...*Node) *Node { return &Node{tag, kids} }

func main() {
	doc := el("html", el("head", el("title")), el("body", el("h1"), el("p", el("a"), el("a")), el("p")))
	var depth int
	start := func(n *Node) {
		fmt.Printf("%*s<%s>\n", depth*2, "", n.Tag)
		depth++
	}
	end := func(n *Node) {
		depth--
		fmt.Printf("%*s</%s>\n", depth*2, "", n.Tag)
	}
	forEachNode(doc, start, end)
	counts := map[string]int{}
	forEachNode(doc, func(n *Node) { counts[n.Tag]++ }, nil)
	fmt.Println(counts)
	var f func(int) int
	fmt.Println(f == nil)
	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	fmt.Println(ops["add"](3, 4), ops["mul"](3, 4))
	fmt.Println(strings.Map(func(r rune) rune { return r + 1 }, "HAL-9000"))
	var leaves []string
	forEachNode(doc, nil, func(n *Node) {
		if len(n.Children) == 0 {
			leaves = append(leaves, n.Tag)
		}
	})
	fmt.Println(leaves)
}
