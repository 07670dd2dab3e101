package main

import (
	"cmp"
	"errors"
	"fmt"
	"strings"
)

type entry[K comparable, V any] struct {
	key K
	val V
}

type OrderedMap[K comparable, V any] struct {
	idx   map[K]int
	items []entry[K, V]
}

func NewOrderedMap[K comparable, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{idx: map[K]int{}}
}

func (m *OrderedMap[K, V]) Set(k K, v V) {
	if i, ok := m.idx[k]; ok {
		m.items[i].val = v
		return
	}
	m.idx[k] = len(m.items)
	m.items = append(m.items, entry[K, V]{k, v})
}

func (m *OrderedMap[K, V]) Get(k K) (V, bool) {
	i, ok := m.idx[k]
	if !ok {
		var zero V
		return zero, false
	}
	return m.items[i].val, true
}

func (m *OrderedMap[K, V]) Each(f func(K, V)) {
	for _, e := range m.items {
		f(e.key, e.val)
	}
}

func (m *OrderedMap[K, V]) String() string {
	var parts []string
	m.Each(func(k K, v V) { parts = append(parts, fmt.Sprintf("%v:%v", k, v)) })
	return "{" + strings.Join(parts, ", ") + "}"
}

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](f func() (T, error)) Result[T] {
	v, err := f()
	return Result[T]{v, err}
}

func (r Result[T]) OrElse(def T) T {
	if r.Err != nil {
		return def
	}
	return r.Val
}

func Clamp[T cmp.Ordered](v, lo, hi T) T {
	return max(lo, min(v, hi))
}

type Number interface {
	~int | ~int64 | ~float64
}

type Cents int64

func Total[S ~[]E, E Number](xs S) E {
	var t E
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	headers := NewOrderedMap[string, string]()
	headers.Set("Content-Type", "text/csv")
	headers.Set("X-Order", "42")
	headers.Set("Accept", "*/*")
	headers.Set("X-Order", "43")
	fmt.Println(headers)
	v, ok := headers.Get("X-Order")
	_, missing := headers.Get("nope")
	fmt.Println(v, ok, missing)

	qty := NewOrderedMap[int, []string]()
	qty.Set(3, []string{"a"})
	qty.Set(1, nil)
	fmt.Println(qty.String())

	r1 := Try(func() (int, error) { return 7, nil })
	r2 := Try(func() (int, error) { return 0, errors.New("db down") })
	fmt.Println(r1.OrElse(-1), r2.OrElse(-1), r2.Err)
	fmt.Printf("%+v %T\n", r2, r1)
	fmt.Println(Clamp(150, 0, 100), Clamp(-2.5, -1, 1), Clamp("m", "a", "k"))
	prices := []Cents{199, 250, 1}
	fmt.Printf("%v %T %v\n", Total(prices), Total(prices), Total([]float64{0.1, 0.2}))
}
