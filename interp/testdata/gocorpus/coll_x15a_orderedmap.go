package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type OrderedMap[K comparable, V any] struct {
	keys []K
	m    map[K]V
}

func NewOrderedMap[K comparable, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{m: make(map[K]V)}
}

func (o *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := o.m[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.m[k] = v
}

func (o *OrderedMap[K, V]) Get(k K) (V, bool) {
	v, ok := o.m[k]
	return v, ok
}

func (o *OrderedMap[K, V]) Delete(k K) bool {
	if _, ok := o.m[k]; !ok {
		return false
	}
	delete(o.m, k)
	o.keys = slices.DeleteFunc(o.keys, func(x K) bool { return x == k })
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
	return slices.Values(o.keys)
}

func (o *OrderedMap[K, V]) Len() int { return len(o.keys) }

func SortedByValue[K comparable, V cmp.Ordered](o *OrderedMap[K, V]) []K {
	ks := slices.Collect(o.Keys())
	slices.SortStableFunc(ks, func(a, b K) int { return cmp.Compare(o.m[b], o.m[a]) })
	return ks
}

func main() {
	wc := NewOrderedMap[string, int]()
	text := "the quick brown fox jumps over the lazy dog the fox barks"
	for _, w := range strings.Fields(text) {
		n, _ := wc.Get(w)
		wc.Set(w, n+1)
	}
	for k, v := range wc.All() {
		fmt.Printf("%s:%d ", k, v)
	}
	fmt.Println()
	fmt.Println("by count:", SortedByValue(wc))
	fmt.Println(wc.Delete("lazy"), wc.Delete("cat"), wc.Len())
	for k := range wc.Keys() {
		if len(k) > 4 {
			fmt.Print(k, " ")
		}
	}
	fmt.Println()

	plain := maps.Collect(wc.All())
	fmt.Println(plain)
	keys := slices.Sorted(maps.Keys(plain))
	fmt.Println(keys, len(keys))

	inv := NewOrderedMap[int, []string]()
	for k, v := range wc.All() {
		old, _ := inv.Get(v)
		inv.Set(v, append(old, k))
	}
	for n, ws := range inv.All() {
		fmt.Printf("%d => %q\n", n, ws)
	}
	firstTwo := 0
	for k, v := range wc.All() {
		fmt.Print(k, "=", v, ";")
		firstTwo++
		if firstTwo == 2 {
			break
		}
	}
	fmt.Println()
	idx := slices.IndexFunc(wc.keys, func(k string) bool { return strings.HasPrefix(k, "j") })
	fmt.Println(idx, slices.Contains(wc.keys, "dog"), slices.Max(slices.Collect(maps.Values(plain))))
}
