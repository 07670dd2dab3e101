// Exercises: generic ordered map keeping keys sorted with slices.BinarySearch/Insert, Seq2 iteration, generic method returning Option-like pair, Delete
package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
)

type SortedMap[K cmp.Ordered, V any] struct {
	keys []K
	vals map[K]V
}

func NewSortedMap[K cmp.Ordered, V any]() *SortedMap[K, V] {
	return &SortedMap[K, V]{vals: make(map[K]V)}
}

func (m *SortedMap[K, V]) Set(k K, v V) {
	if i, found := slices.BinarySearch(m.keys, k); !found {
		m.keys = slices.Insert(m.keys, i, k)
	}
	m.vals[k] = v
}

func (m *SortedMap[K, V]) Delete(k K) bool {
	i, found := slices.BinarySearch(m.keys, k)
	if found {
		m.keys = slices.Delete(m.keys, i, i+1)
		delete(m.vals, k)
	}
	return found
}

func (m *SortedMap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range m.keys {
			if !yield(k, m.vals[k]) {
				return
			}
		}
	}
}

func (m *SortedMap[K, V]) Floor(k K) (K, V, bool) {
	i, found := slices.BinarySearch(m.keys, k)
	if !found {
		i--
	}
	if i < 0 {
		return *new(K), *new(V), false
	}
	return m.keys[i], m.vals[m.keys[i]], true
}

func main() {
	m := NewSortedMap[string, int]()
	for i, w := range []string{"pear", "apple", "fig", "kiwi", "apple"} {
		m.Set(w, i)
	}
	for k, v := range m.All() {
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println()
	fmt.Println(m.Delete("fig"), m.Delete("nope"), m.keys)
	fmt.Println(m.Floor("banana"))
	k, v, ok := NewSortedMap[float64, []string]().Floor(5)
	fmt.Println(k, v == nil, ok)
}
