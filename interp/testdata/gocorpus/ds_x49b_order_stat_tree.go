package main

import (
	"fmt"
	"strings"
)

type base struct {
	left, right *osNode
}

func (b base) isLeaf() bool { return b.left == nil && b.right == nil }

type osNode struct {
	base
	key  int
	size int
}

func size(n *osNode) int {
	if n == nil {
		return 0
	}
	return n.size
}

func insert(n *osNode, k int) *osNode {
	if n == nil {
		return &osNode{key: k, size: 1}
	}
	if k < n.key {
		n.left = insert(n.left, k)
	} else {
		n.right = insert(n.right, k)
	}
	n.size = 1 + size(n.left) + size(n.right)
	return n
}

// osSelect returns the node holding the i-th smallest key.
func osSelect(x *osNode, i int, path *[]string) *osNode {
	r := size(x.left) + 1
	*path = append(*path, fmt.Sprintf("%d(r=%d,i=%d)", x.key, r, i))
	switch {
	case i == r:
		return x
	case i < r:
		return osSelect(x.left, i, path)
	default:
		return osSelect(x.right, i-r, path)
	}
}

func osRank(root *osNode, k int) int {
	rank := 0
	for x := root; x != nil; {
		if k < x.key {
			x = x.left
		} else if k > x.key {
			rank += size(x.left) + 1
			x = x.right
		} else {
			return rank + size(x.left) + 1
		}
	}
	return -1
}

func leaves(n *osNode) []int {
	if n == nil {
		return nil
	}
	if n.isLeaf() {
		return []int{n.key}
	}
	return append(leaves(n.left), leaves(n.right)...)
}

func main() {
	var root *osNode
	for _, k := range []int{26, 17, 41, 14, 21, 30, 47, 10, 16, 19, 23, 28, 38, 7, 12, 15, 20, 35, 39, 3} {
		root = insert(root, k)
	}
	fmt.Println("size:", root.size, "leaves:", leaves(root))
	for _, i := range []int{1, 5, 17, 20} {
		var path []string
		n := osSelect(root, i, &path)
		fmt.Printf("select(%d)=%d via %s\n", i, n.key, strings.Join(path, " "))
	}
	for _, k := range []int{38, 3, 26, 99} {
		fmt.Printf("rank(%d)=%d\n", k, osRank(root, k))
	}
	fmt.Printf("%+v\n", *root.left.left.left)
}
