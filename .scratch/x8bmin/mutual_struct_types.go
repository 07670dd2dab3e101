// x8b: Go prints 1; program style: panic reflect.Set ... not assignable (append to a slice field of mutually recursive struct types; p50 fails in both styles).
package main

import "fmt"

type tree struct{ root *node }

type node struct {
	kids  []*node
	owner *tree
}

func main() {
	n := &node{owner: &tree{}}
	n.kids = append(n.kids, &node{})
	fmt.Println(len(n.kids))
}
