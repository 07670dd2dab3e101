package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strings"
)

type OrderedMap[K cmp.Ordered, V any] struct {
	keys []K
	vals map[K]V
}

func NewOrderedMap[K cmp.Ordered, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{vals: make(map[K]V)}
}

func (m *OrderedMap[K, V]) Put(k K, v V) (old V, replaced bool) {
	old, replaced = m.vals[k]
	if !replaced {
		i, _ := slices.BinarySearch(m.keys, k)
		m.keys = slices.Insert(m.keys, i, k)
	}
	m.vals[k] = v
	return
}

func (m *OrderedMap[K, V]) Delete(k K) bool {
	i, found := slices.BinarySearch(m.keys, k)
	if !found {
		return false
	}
	m.keys = slices.Delete(m.keys, i, i+1)
	delete(m.vals, k)
	return true
}

func (m *OrderedMap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range m.keys {
			if !yield(k, m.vals[k]) {
				return
			}
		}
	}
}

func (m *OrderedMap[K, V]) Range(lo, hi K) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		i, _ := slices.BinarySearch(m.keys, lo)
		for ; i < len(m.keys) && m.keys[i] < hi; i++ {
			if !yield(m.keys[i], m.vals[m.keys[i]]) {
				return
			}
		}
	}
}

func (m *OrderedMap[K, V]) Len() int { return len(m.keys) }

func (m *OrderedMap[K, V]) String() string {
	var parts []string
	for k, v := range m.All() {
		parts = append(parts, fmt.Sprintf("%v=%v", k, v))
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

type Score struct {
	Player string
	Points int
}

func main() {
	m := NewOrderedMap[string, int]()
	for _, w := range strings.Fields("pear apple fig banana apple cherry fig fig") {
		old, _ := m.Put(w, 0)
		m.Put(w, old+1)
	}
	fmt.Println(m, m.Len())
	fmt.Println(m.Delete("fig"), m.Delete("kiwi"), m)
	for k, v := range m.Range("b", "d") {
		fmt.Println("range:", k, v)
	}
	scores := NewOrderedMap[int, Score]()
	scores.Put(30, Score{"ann", 30})
	scores.Put(10, Score{"bob", 10})
	old, ok := scores.Put(30, Score{"cyd", 30})
	fmt.Printf("%+v %v\n", old, ok)
	fmt.Println(scores)
	for k, v := range scores.All() {
		fmt.Printf("%d %+v\n", k, v)
		break
	}
}
