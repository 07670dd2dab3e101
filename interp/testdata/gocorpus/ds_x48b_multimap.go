package main

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
)

type MultiMap[K comparable, V any] struct {
	m map[K][]V
}

func NewMultiMap[K comparable, V any]() *MultiMap[K, V] {
	return &MultiMap[K, V]{m: make(map[K][]V)}
}

func (mm *MultiMap[K, V]) Put(k K, vs ...V) {
	mm.m[k] = append(mm.m[k], vs...)
}

func (mm *MultiMap[K, V]) Get(k K) []V { return mm.m[k] }

func (mm *MultiMap[K, V]) RemoveIf(k K, pred func(V) bool) int {
	before := len(mm.m[k])
	mm.m[k] = slices.DeleteFunc(mm.m[k], pred)
	if len(mm.m[k]) == 0 {
		delete(mm.m, k)
	}
	return before - len(mm.m[k])
}

func (mm *MultiMap[K, V]) Size() int {
	n := 0
	for _, vs := range mm.m {
		n += len(vs)
	}
	return n
}

func (mm *MultiMap[K, V]) Keys() []K {
	return slices.Collect(maps.Keys(mm.m))
}

type Edge struct {
	From, To string
	Weight   int
}

func main() {
	idx := NewMultiMap[string, int]()
	text := "a rose is a rose is a rose"
	for i, w := range strings.Fields(text) {
		idx.Put(w, i)
	}
	keys := idx.Keys()
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-5s %v\n", k, idx.Get(k))
	}
	fmt.Println("size", idx.Size())
	n := idx.RemoveIf("rose", func(i int) bool { return i > 2 })
	fmt.Println("removed", n, idx.Get("rose"))
	n = idx.RemoveIf("is", func(int) bool { return true })
	fmt.Println("removed", n, idx.Get("is") == nil, len(idx.Keys()))

	adj := NewMultiMap[string, Edge]()
	for _, e := range []Edge{{"a", "b", 3}, {"a", "c", 1}, {"b", "c", 7}, {"c", "a", 2}, {"a", "d", 5}} {
		adj.Put(e.From, e)
	}
	out := adj.Get("a")
	slices.SortFunc(out, func(x, y Edge) int { return x.Weight - y.Weight })
	fmt.Printf("%+v\n", out)
	fmt.Printf("%v\n", adj.m)
	fmt.Printf("%T\n", adj)
}
