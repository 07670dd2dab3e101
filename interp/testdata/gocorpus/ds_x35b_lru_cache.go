package main

import (
	"container/list"
	"fmt"
	"strings"
)

type entry[K comparable, V any] struct {
	key   K
	value V
}

type LRU[K comparable, V any] struct {
	cap     int
	ll      *list.List
	items   map[K]*list.Element
	OnEvict func(K, V)
}

func NewLRU[K comparable, V any](capacity int) *LRU[K, V] {
	return &LRU[K, V]{cap: capacity, ll: list.New(), items: make(map[K]*list.Element)}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	if el, ok := c.items[k]; ok {
		c.ll.MoveToFront(el)
		return el.Value.(*entry[K, V]).value, true
	}
	var zero V
	return zero, false
}

func (c *LRU[K, V]) Put(k K, v V) {
	if el, ok := c.items[k]; ok {
		el.Value.(*entry[K, V]).value = v
		c.ll.MoveToFront(el)
		return
	}
	el := c.ll.PushFront(&entry[K, V]{k, v})
	c.items[k] = el
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		e := last.Value.(*entry[K, V])
		delete(c.items, e.key)
		if c.OnEvict != nil {
			c.OnEvict(e.key, e.value)
		}
	}
}

func (c *LRU[K, V]) Keys() []K {
	keys := make([]K, 0, c.ll.Len())
	for el := c.ll.Front(); el != nil; el = el.Next() {
		keys = append(keys, el.Value.(*entry[K, V]).key)
	}
	return keys
}

func (c *LRU[K, V]) Len() int { return c.ll.Len() }

func main() {
	cache := NewLRU[string, int](3)
	var evicted []string
	cache.OnEvict = func(k string, v int) {
		evicted = append(evicted, fmt.Sprintf("%s=%d", k, v))
	}

	for i, w := range strings.Fields("alpha beta gamma delta") {
		cache.Put(w, i*10)
	}
	fmt.Println("keys:", cache.Keys())

	if v, ok := cache.Get("beta"); ok {
		fmt.Println("beta ->", v)
	}
	_, ok := cache.Get("alpha")
	fmt.Println("alpha present:", ok)

	cache.Put("epsilon", 99)
	cache.Put("gamma", -1)
	fmt.Println("keys:", cache.Keys(), "len", cache.Len())
	fmt.Println("evicted:", strings.Join(evicted, ", "))

	// memoize an expensive function with the cache
	fibCache := NewLRU[int, uint64](50)
	var fib func(int) uint64
	calls := 0
	fib = func(n int) uint64 {
		calls++
		if n < 2 {
			return uint64(n)
		}
		if v, ok := fibCache.Get(n); ok {
			return v
		}
		r := fib(n-1) + fib(n-2)
		fibCache.Put(n, r)
		return r
	}
	fmt.Println("fib(80) =", fib(80), "calls:", calls)
	fmt.Printf("%T\n", cache)
}
