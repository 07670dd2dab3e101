// Reduction of ds_x49b_order_stat_tree.go as it fails in the corpus (both
// styles): the aliased field makes a nil child look non-nil, and the program
// dies with a runtime error that Go never raises; no output is shown.
// go run prints:
//
//	[1]
//
// the session prints nothing and reports (whole-program and notebook style):
//
//	runtime.Error: runtime error: invalid memory address or nil pointer dereference
package main

import "fmt"

type base struct {
	left, right *node
}

func (b base) isLeaf() bool { return b.left == nil && b.right == nil }

type node struct {
	base
	key int
}

func keys(n *node) []int {
	if n == nil {
		return nil
	}
	if n.isLeaf() {
		return []int{n.key}
	}
	return append(keys(n.left), keys(n.right)...)
}

func main() {
	root := &node{key: 2}
	root.left = &node{key: 1}
	fmt.Println(keys(root))
}
