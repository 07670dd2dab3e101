package main

import (
	"fmt"
	"iter"
)

type OrderedMap[K comparable, V any] struct {
	keys []K
	m    map[K]V
}

func NewOM[K comparable, V any]() *OrderedMap[K, V] { return &OrderedMap[K, V]{m: map[K]V{}} }

func (o *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := o.m[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.m[k] = v
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

func main() {
	om := NewOM[string, []int]()
	om.Set("z", []int{1})
	om.Set("a", nil)
	om.Set("z", []int{2, 3})
	for k, v := range om.All() {
		fmt.Println(k, v, len(v))
	}
}
