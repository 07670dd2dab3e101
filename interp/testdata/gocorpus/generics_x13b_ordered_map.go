package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strings"
)

// OrderedMap keeps insertion order alongside a lookup index.
type OrderedMap[K comparable, V any] struct {
	keys  []K
	index map[K]int
	vals  []V
}

func NewOrderedMap[K comparable, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{index: make(map[K]int)}
}

func (m *OrderedMap[K, V]) Set(k K, v V) {
	if i, ok := m.index[k]; ok {
		m.vals[i] = v
		return
	}
	m.index[k] = len(m.keys)
	m.keys = append(m.keys, k)
	m.vals = append(m.vals, v)
}

func (m *OrderedMap[K, V]) Get(k K) (V, bool) {
	i, ok := m.index[k]
	if !ok {
		var zero V
		return zero, false
	}
	return m.vals[i], true
}

func (m *OrderedMap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for i, k := range m.keys {
			if !yield(k, m.vals[i]) {
				return
			}
		}
	}
}

func (m *OrderedMap[K, V]) Len() int { return len(m.keys) }

func SortedBy[K comparable, V any, C cmp.Ordered](m *OrderedMap[K, V], key func(V) C) []K {
	ks := slices.Clone(m.keys)
	slices.SortStableFunc(ks, func(a, b K) int {
		va, _ := m.Get(a)
		vb, _ := m.Get(b)
		return cmp.Compare(key(va), key(vb))
	})
	return ks
}

type score struct {
	name  string
	value int
}

func main() {
	m := NewOrderedMap[string, score]()
	for _, w := range strings.Fields("delta alpha charlie bravo alpha echo delta") {
		s, _ := m.Get(w)
		s.name = strings.ToUpper(w[:1]) + w[1:]
		s.value += len(w)
		m.Set(w, s)
	}
	fmt.Println("len:", m.Len())
	for k, v := range m.All() {
		fmt.Printf("%-8s %+v\n", k, v)
	}
	fmt.Println("by value:", SortedBy(m, func(s score) int { return s.value }))
	fmt.Println("by name:", SortedBy(m, func(s score) string { return s.name }))
	n := 0
	for k := range m.All() {
		if n == 2 {
			break
		}
		fmt.Println("early:", k)
		n++
	}
}
