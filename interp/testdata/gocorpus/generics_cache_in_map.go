// Exercises: generic structs stored in maps and slices.
package main

import "fmt"

type Entry[V any] struct {
	Value V
	Hits  int
}

type Cache[K comparable, V any] struct {
	data map[K]*Entry[V]
}

func NewCache[K comparable, V any]() *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]*Entry[V])}
}

func (c *Cache[K, V]) Put(k K, v V) { c.data[k] = &Entry[V]{Value: v} }

func (c *Cache[K, V]) Get(k K) (V, bool) {
	e, ok := c.data[k]
	if !ok {
		var zero V
		return zero, false
	}
	e.Hits++
	return e.Value, true
}

func main() {
	c := NewCache[string, []int]()
	c.Put("primes", []int{2, 3, 5})
	c.Put("evens", []int{2, 4})
	v, ok := c.Get("primes")
	fmt.Println(v, ok)
	c.Get("primes")
	_, ok = c.Get("odds")
	fmt.Println(ok, c.data["primes"].Hits, c.data["evens"].Hits)
	m := map[string]Entry[float64]{"pi": {3.14, 0}}
	fmt.Println(m)
}
