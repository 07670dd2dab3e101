// Reduction of ds_x49b_order_stat_tree.go (both styles, SILENT): same defect
// as embed_recursive_field_alias.go, but by plain assignment `n.key = 5`,
// and also with a pointer-receiver method on base.
// go run prints:
//
//	true true
//	true true
//
// the session prints (whole-program and notebook style):
//
//	false false
//	true true
package main

import "fmt"

type base struct {
	left *node
}

func (b base) isLeaf() bool { return b.left == nil }

type node struct {
	base
	key int
}

func main() {
	var n node
	n.key = 5
	fmt.Println(n.left == nil, n.isLeaf())
	m := node{}
	fmt.Println(m.left == nil, m.isLeaf())
}
