package main

import "fmt"

type node[K, V any] struct {
	k    K
	v    V
	next *node[K, V]
}

func main() {
	n := &node[int, string]{k: 1}
	fmt.Println(n.k, n.next == nil)
}
