package main

import (
	"fmt"
	"sort"
	"strings"
)

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](items ...T) Set[T] {
	s := Set[T]{}
	for _, it := range items {
		s[it] = struct{}{}
	}
	return s
}

func (s Set[T]) Has(v T) bool {
	_, ok := s[v]
	return ok
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	r := Set[T]{}
	for k := range s {
		if o.Has(k) {
			r[k] = struct{}{}
		}
	}
	return r
}

func SortedKeys[T interface {
	comparable
	~string | ~int
}](s Set[T]) []T {
	out := make([]T, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

type Memo[K comparable, V any] struct {
	f     func(K) V
	cache map[K]V
	hits  int
}

func NewMemo[K comparable, V any](f func(K) V) *Memo[K, V] {
	return &Memo[K, V]{f: f, cache: make(map[K]V)}
}

func (m *Memo[K, V]) Get(k K) V {
	if v, ok := m.cache[k]; ok {
		m.hits++
		return v
	}
	v := m.f(k)
	m.cache[k] = v
	return v
}

func main() {
	math := NewSet("ann", "bob", "cid", "dee")
	art := NewSet("bob", "dee", "eve")
	both := math.Intersect(art)
	fmt.Println(SortedKeys(both), len(both), math.Has("eve"))
	nums := NewSet(5, 3, 9, 3, 1)
	fmt.Println(SortedKeys(nums))
	calls := 0
	upper := NewMemo(func(s string) string {
		calls++
		return strings.ToUpper(s)
	})
	for _, w := range []string{"go", "map", "go", "go", "chan", "map"} {
		fmt.Print(upper.Get(w), " ")
	}
	fmt.Println()
	fmt.Println("calls:", calls, "hits:", upper.hits)
	sq := NewMemo(func(n int) int { return n * n })
	fmt.Println(sq.Get(12), sq.Get(12), sq.hits)
	fmt.Printf("%T\n", sq)
}
