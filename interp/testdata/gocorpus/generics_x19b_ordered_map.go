package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
)

type OrderedMap[K cmp.Ordered, V any] struct {
	keys []K
	m    map[K]V
}

func NewOrderedMap[K cmp.Ordered, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{m: map[K]V{}}
}

func (o *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := o.m[k]; !ok {
		i, _ := slices.BinarySearch(o.keys, k)
		o.keys = slices.Insert(o.keys, i, k)
	}
	o.m[k] = v
}

func (o *OrderedMap[K, V]) Delete(k K) bool {
	i, ok := slices.BinarySearch(o.keys, k)
	if !ok {
		return false
	}
	o.keys = slices.Delete(o.keys, i, i+1)
	delete(o.m, k)
	return true
}

func (o *OrderedMap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range o.keys {
			if !yield(k, o.m[k]) {
				return
			}
		}
	}
}

func (o *OrderedMap[K, V]) Keys() iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range o.All() {
			if !yield(k) {
				return
			}
		}
	}
}

func Collect2[K comparable, V any](seq iter.Seq2[K, V]) map[K]V {
	out := map[K]V{}
	for k, v := range seq {
		out[k] = v
	}
	return out
}

func main() {
	om := NewOrderedMap[string, int]()
	for i, w := range []string{"pear", "apple", "fig", "apple", "kiwi"} {
		om.Set(w, i)
	}
	for k, v := range om.All() {
		fmt.Printf("%s=%d ", k, v)
	}
	fmt.Println()
	fmt.Println(om.Delete("fig"), om.Delete("nope"))
	fmt.Println(slices.Collect(om.Keys()))
	fmt.Println(Collect2(om.All()))

	nums := NewOrderedMap[float64, []string]()
	nums.Set(2.5, []string{"a"})
	nums.Set(-1, nil)
	nums.Set(10, []string{"b", "c"})
	for k, v := range nums.All() {
		if k > 5 {
			break
		}
		fmt.Println(k, v, v == nil)
	}
}
