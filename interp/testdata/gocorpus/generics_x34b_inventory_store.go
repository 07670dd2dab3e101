package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Keyed interface {
	comparable
}

type Store[K Keyed, V any] struct {
	data  map[K]V
	order []K
}

func NewStore[K Keyed, V any]() *Store[K, V] {
	return &Store[K, V]{data: make(map[K]V)}
}

func (s *Store[K, V]) Put(k K, v V) {
	if _, ok := s.data[k]; !ok {
		s.order = append(s.order, k)
	}
	s.data[k] = v
}

func (s *Store[K, V]) Get(k K) (V, error) {
	v, ok := s.data[k]
	if !ok {
		return v, fmt.Errorf("key %v: %w", k, ErrMissing)
	}
	return v, nil
}

func (s *Store[K, V]) Each(fn func(K, V)) {
	for _, k := range s.order {
		fn(k, s.data[k])
	}
}

var ErrMissing = errors.New("missing")

func Filter[K Keyed, V any](s *Store[K, V], keep func(V) bool) []K {
	var out []K
	s.Each(func(k K, v V) {
		if keep(v) {
			out = append(out, k)
		}
	})
	return out
}

func SumBy[T any, N int | float64](xs []T, f func(T) N) N {
	var total N
	for _, x := range xs {
		total += f(x)
	}
	return total
}

type Item struct {
	Name  string
	Qty   int
	Price float64
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func main() {
	st := NewStore[string, Item]()
	st.Put("sku-3", Item{"hammer", 4, 12.5})
	st.Put("sku-1", Item{"nails", 500, 0.02})
	st.Put("sku-2", Item{"saw", 0, 22})
	st.Put("sku-3", Item{"hammer", 3, 12.5})
	st.Each(func(k string, v Item) { fmt.Printf("%s => %+v\n", k, v) })
	low := Filter(st, func(i Item) bool { return i.Qty < 5 })
	fmt.Println("low stock:", low)
	_, err := st.Get("sku-9")
	fmt.Println(err, errors.Is(err, ErrMissing))
	var items []Item
	st.Each(func(_ string, v Item) { items = append(items, v) })
	value := SumBy(items, func(i Item) float64 { return float64(i.Qty) * i.Price })
	count := SumBy(items, func(i Item) int { return i.Qty })
	fmt.Printf("value=%.2f count=%d\n", value, count)
	slices.SortFunc(items, func(a, b Item) int { return strings.Compare(a.Name, b.Name) })
	pairs := []Pair[string, int]{}
	for _, it := range items {
		pairs = append(pairs, Pair[string, int]{it.Name, it.Qty})
	}
	fmt.Printf("%v\n%+v\n", pairs, pairs[0])
	ids := NewStore[int, []string]()
	ids.Put(2, []string{"a", "b"})
	ids.Put(1, nil)
	v, _ := ids.Get(1)
	fmt.Println(v == nil, len(ids.order), fmt.Sprintf("%T", ids))
}
