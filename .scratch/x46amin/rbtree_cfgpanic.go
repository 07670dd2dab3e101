// Go prints "EB". Session, program style (whole program in one cell): error
// panic(*interp.cfgError): 1:...: CFG post-order panic: runtime error: invalid memory address or nil pointer dereference.
// Notebook style agrees with Go. Needs: a generic type with TWO type parameters whose String
// method formats a K field together with a field of a named type that has its own String method.
// From ds_x46a_rbtree.go.
package main

import "fmt"

type color bool

func (c color) String() string { return "B" }

type node[K, V any] struct {
	key   K
	color color
}

type tree[K, V any] struct {
	root *node[K, V]
}

func (t *tree[K, V]) String() string {
	return fmt.Sprintf("%v%v", t.root.key, t.root.color)
}

func main() {
	t := &tree[string, int]{root: &node[string, int]{key: "E"}}
	fmt.Println(t)
}
