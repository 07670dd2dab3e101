package main

import (
	"fmt"
	"slices"
)

type SM[K comparable, V any] struct {
	keys []K
	v    V
}

func NewSM[K comparable, V any]() *SM[K, V] { return &SM[K, V]{} }

func (m *SM[K, V]) Add(k K) { m.keys = slices.Insert(m.keys, 0, k) }

func main() {
	m := NewSM[string, int]()
	m.Add("a")
	fmt.Println(m.keys)
}
