// Exercises: generic struct with two type parameters, generic constructor, %v and %+v of it
package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

func (p Pair[K, V]) Swap() Pair[string, K] {
	return Pair[string, K]{fmt.Sprint(p.Val), p.Key}
}

func main() {
	p := MakePair("lr", 0.01)
	fmt.Println(p)
	fmt.Printf("%+v\n", p)
	q := MakePair(3, []int{1})
	fmt.Println(q.Key, q.Val)
	fmt.Printf("%+v\n", p.Swap())
}
