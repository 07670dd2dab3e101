// Exercises: generic Pair[K, V] with a method returning Pair[V, K] and a String method.
package main

import "fmt"

type Pair[K any, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) Swap() Pair[V, K] {
	return Pair[V, K]{Key: p.Val, Val: p.Key}
}

func (p Pair[K, V]) String() string {
	return fmt.Sprintf("(%v: %v)", p.Key, p.Val)
}

func MakePair[K, V any](k K, v V) Pair[K, V] {
	return Pair[K, V]{k, v}
}

func main() {
	p := MakePair("age", 42)
	fmt.Println(p)
	s := p.Swap()
	fmt.Println(s)
	fmt.Printf("%T\n", s)
	pairs := []Pair[string, int]{{"a", 1}, {"b", 2}}
	for _, q := range pairs {
		fmt.Println(q.Key, q.Val, q.Swap().Key*10)
	}
	nested := MakePair(p, []int{1, 2})
	fmt.Println(nested.Key.Key, nested.Val)
	fmt.Printf("%+v\n", Pair[int, bool]{7, true})
}
