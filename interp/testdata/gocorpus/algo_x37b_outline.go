// Walking a document tree with pre- and post-order callbacks, after
// sections 5.2 and 5.5 (outline, forEachNode, element counts).
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Node struct {
	Tag      string
	Attr     map[string]string
	Text     string
	Children []*Node
}

func el(tag string, attr map[string]string, kids ...*Node) *Node {
	return &Node{Tag: tag, Attr: attr, Children: kids}
}

func text(s string) *Node { return &Node{Text: s} }

var doc = el("html", nil,
	el("head", nil, el("title", nil, text("The Go Programming Language"))),
	el("body", map[string]string{"class": "main"},
		el("h1", nil, text("Contents")),
		el("ul", nil,
			el("li", nil, el("a", map[string]string{"href": "/ch1"}, text("Tutorial"))),
			el("li", nil, el("a", map[string]string{"href": "/ch2", "id": "x"}, text("Program Structure"))),
			el("li", nil, el("a", map[string]string{"href": "https://golang.org"}, text("Go")))),
		el("img", map[string]string{"src": "/cover.png"}),
		el("p", nil, text("Published 2015."))))

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

func outline(stack []string, n *Node) {
	if n.Tag != "" {
		stack = append(stack, n.Tag)
		fmt.Println(stack)
	}
	for _, c := range n.Children {
		outline(stack, c)
	}
}

func attrString(m map[string]string) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, " %s=%q", k, m[k])
	}
	return b.String()
}

func main() {
	outline(nil, doc)

	var depth int
	forEachNode(doc, func(n *Node) {
		switch {
		case n.Tag == "":
			fmt.Printf("%*s%s\n", depth*2, "", n.Text)
		case len(n.Children) == 0:
			fmt.Printf("%*s<%s%s/>\n", depth*2, "", n.Tag, attrString(n.Attr))
		default:
			fmt.Printf("%*s<%s%s>\n", depth*2, "", n.Tag, attrString(n.Attr))
			depth++
		}
	}, func(n *Node) {
		if n.Tag != "" && len(n.Children) > 0 {
			depth--
			fmt.Printf("%*s</%s>\n", depth*2, "", n.Tag)
		}
	})

	counts := map[string]int{}
	var links []string
	var words int
	forEachNode(doc, func(n *Node) {
		if n.Tag != "" {
			counts[n.Tag]++
		}
		if href, ok := n.Attr["href"]; ok {
			links = append(links, href)
		}
		words += len(strings.Fields(n.Text))
	}, nil)
	fmt.Println(counts, links, words)

	var found *Node
	forEachNode(doc, func(n *Node) {
		if found == nil && n.Attr["id"] == "x" {
			found = n
		}
	}, nil)
	fmt.Printf("%+v\n", *found.Children[0])
}
