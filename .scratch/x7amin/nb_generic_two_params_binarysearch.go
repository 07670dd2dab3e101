package main

import (
	"cmp"
	"fmt"
	"slices"
)

// Notebook style only: the top-level `k, v, ok := m.Floor(5)` fails to compile
// "gbp_slices.go:143:5: cannot use type int as type bool in assignment".
type SortedMap[K cmp.Ordered, V any] struct {
	keys []K
	vals map[K]V
}

func (m *SortedMap[K, V]) Set(k K, v V) {
	if i, found := slices.BinarySearch(m.keys, k); !found {
		m.keys = slices.Insert(m.keys, i, k)
	}
}

func (m *SortedMap[K, V]) Floor(k K) (K, V, bool) {
	i, found := slices.BinarySearch(m.keys, k)
	if !found {
		var zk K
		var zv V
		return zk, zv, false
	}
	return m.keys[i], m.vals[m.keys[i]], true
}

func main() {
	m := &SortedMap[float64, []string]{vals: map[float64][]string{}}
	k, v, ok := m.Floor(5)
	fmt.Println(k, v == nil, ok)
}
