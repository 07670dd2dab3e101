// Go prints "1 2"; the session: CompileError (by design) "a generic type of several type parameters that refers to itself (node[K, V] inside node) is not supported by gobackprop".
package main

import "fmt"

type node[K comparable, V any] struct {
	key  K
	val  V
	next *node[K, V]
}

func main() {
	n := &node[string, int]{"a", 1, &node[string, int]{"b", 2, nil}}
	fmt.Println(n.val, n.next.val)
}
