package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

// OrderedMap keeps insertion order, like Python's dict.
type OrderedMap[K comparable, V any] struct {
	keys  []K
	index map[K]int
	vals  map[K]V
}

func NewOrderedMap[K comparable, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{index: map[K]int{}, vals: map[K]V{}}
}

func (m *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := m.index[k]; !ok {
		m.index[k] = len(m.keys)
		m.keys = append(m.keys, k)
	}
	m.vals[k] = v
}

func (m *OrderedMap[K, V]) Get(k K) (V, bool) {
	v, ok := m.vals[k]
	return v, ok
}

func (m *OrderedMap[K, V]) Delete(k K) bool {
	i, ok := m.index[k]
	if !ok {
		return false
	}
	m.keys = slices.Delete(m.keys, i, i+1)
	delete(m.index, k)
	delete(m.vals, k)
	for j := i; j < len(m.keys); j++ {
		m.index[m.keys[j]] = j
	}
	return true
}

func (m *OrderedMap[K, V]) Len() int { return len(m.keys) }

func (m *OrderedMap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range m.keys {
			if !yield(k, m.vals[k]) {
				return
			}
		}
	}
}

func (m *OrderedMap[K, V]) Keys() iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range m.All() {
			if !yield(k) {
				return
			}
		}
	}
}

func (m *OrderedMap[K, V]) String() string {
	var sb strings.Builder
	sb.WriteString("{")
	for k, v := range m.All() {
		if sb.Len() > 1 {
			sb.WriteString(", ")
		}
		fmt.Fprintf(&sb, "%v: %v", k, v)
	}
	return sb.String() + "}"
}

func Filter[K comparable, V any](seq iter.Seq2[K, V], keep func(K, V) bool) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for k, v := range seq {
			if keep(k, v) && !yield(k, v) {
				return
			}
		}
	}
}

func SortedByValue[K comparable, V cmp.Ordered](m *OrderedMap[K, V]) []K {
	ks := slices.Collect(m.Keys())
	slices.SortStableFunc(ks, func(a, b K) int {
		va, _ := m.Get(a)
		vb, _ := m.Get(b)
		return cmp.Compare(vb, va)
	})
	return ks
}

func main() {
	headers := NewOrderedMap[string, string]()
	headers.Set("Host", "example.com")
	headers.Set("User-Agent", "curl/8.0")
	headers.Set("Accept", "*/*")
	headers.Set("X-Trace", "abc123")
	headers.Set("Host", "api.example.com")
	fmt.Println(headers, headers.Len())
	fmt.Println(headers.Delete("User-Agent"), headers.Delete("Nope"))
	fmt.Println(headers)

	counts := NewOrderedMap[string, int]()
	for _, w := range strings.Fields("to be or not to be that is the question to ask") {
		n, _ := counts.Get(w)
		counts.Set(w, n+1)
	}
	fmt.Println(counts)
	fmt.Println("by count:", SortedByValue(counts))
	frequent := maps.Collect(Filter(counts.All(), func(_ string, n int) bool { return n > 1 }))
	fmt.Println("frequent:", frequent)
	for k, v := range counts.All() {
		if v == 1 {
			fmt.Println("first singleton:", k)
			break
		}
	}
	fmt.Println(slices.Sorted(maps.Keys(frequent)))
	fmt.Printf("%T\n", counts)
}
