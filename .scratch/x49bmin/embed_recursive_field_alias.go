// Reduction of ds_x49b_order_stat_tree.go (both styles, SILENT).
// A struct embeds `base`, whose field points back to the outer type, and base
// has a method. Setting the outer field `key` lands in the embedded base.left.
// go run prints:
//
//	{base:{left:<nil>} key:5}
//	true true
//
// the session prints (whole-program and notebook style):
//
//	{base:{left:0x5} key:5}
//	false false
//
// Without the method on base (or with left of type *int) the session agrees with Go.
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
	n := node{key: 5}
	fmt.Printf("%+v\n", n)
	fmt.Println(n.left == nil, n.base.left == nil)
}
