// Exercises: generic functions and types whose type parameters share their names with fields (struct{ A A; B B }, KV[K, V] with fields K and V, p.V in a method)
package main

import "fmt"

func Pair[A, B any](a A, b B) struct {
	A A
	B B
} {
	return struct {
		A A
		B B
	}{a, b}
}

type KV[K comparable, V any] struct {
	K K
	V V
}

func (p KV[K, V]) Get() V { return p.V }

func main() {
	fmt.Println(Pair(1, 2))
	kv := KV[string, string]{"a", "b"}
	fmt.Println(kv, kv.Get())
}
