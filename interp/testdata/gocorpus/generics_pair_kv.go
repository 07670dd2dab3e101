// Exercises: generic Pair[K, V] struct, constructor and String method.
package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func (p Pair[K, V]) Swap() Pair[string, K] {
	return Pair[string, K]{fmt.Sprint(p.Val), p.Key}
}

func main() {
	p := MakePair("age", 42)
	fmt.Println(p)
	fmt.Println(p.Swap())
	pairs := []Pair[int, []string]{{1, []string{"a"}}, {2, nil}}
	fmt.Println(pairs)
	fmt.Printf("%T\n", p)
	fmt.Printf("%+v\n", p.Swap())
}
