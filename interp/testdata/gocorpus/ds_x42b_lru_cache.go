package main

import (
	"container/list"
	"fmt"
	"strings"
)

type entry[K comparable, V any] struct {
	key K
	val V
}

type LRU[K comparable, V any] struct {
	cap     int
	ll      *list.List
	items   map[K]*list.Element
	OnEvict func(K, V)
	hits    int
	misses  int
}

func NewLRU[K comparable, V any](capacity int) *LRU[K, V] {
	return &LRU[K, V]{cap: capacity, ll: list.New(), items: make(map[K]*list.Element)}
}

func (c *LRU[K, V]) Get(k K) (v V, ok bool) {
	if e, hit := c.items[k]; hit {
		c.ll.MoveToFront(e)
		c.hits++
		return e.Value.(*entry[K, V]).val, true
	}
	c.misses++
	return
}

func (c *LRU[K, V]) Put(k K, v V) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		e.Value.(*entry[K, V]).val = v
		return
	}
	c.items[k] = c.ll.PushFront(&entry[K, V]{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		ent := c.ll.Remove(last).(*entry[K, V])
		delete(c.items, ent.key)
		if c.OnEvict != nil {
			c.OnEvict(ent.key, ent.val)
		}
	}
}

func (c *LRU[K, V]) Keys() []K {
	keys := make([]K, 0, c.ll.Len())
	for e := c.ll.Front(); e != nil; e = e.Next() {
		keys = append(keys, e.Value.(*entry[K, V]).key)
	}
	return keys
}

func (c *LRU[K, V]) Stats() string {
	total := c.hits + c.misses
	if total == 0 {
		return "no lookups"
	}
	return fmt.Sprintf("hits=%d misses=%d ratio=%.2f", c.hits, c.misses, float64(c.hits)/float64(total))
}

func fib(cache *LRU[int, int], n int) int {
	if n < 2 {
		return n
	}
	if v, ok := cache.Get(n); ok {
		return v
	}
	v := fib(cache, n-1) + fib(cache, n-2)
	cache.Put(n, v)
	return v
}

func main() {
	c := NewLRU[string, int](3)
	var evicted []string
	c.OnEvict = func(k string, v int) { evicted = append(evicted, fmt.Sprintf("%s:%d", k, v)) }
	for i, w := range strings.Fields("a b c a d b e a") {
		if _, ok := c.Get(w); !ok {
			c.Put(w, i)
		}
		fmt.Printf("after %q: %v\n", w, c.Keys())
	}
	fmt.Println("evicted:", evicted)
	fmt.Println(c.Stats())

	fc := NewLRU[int, int](10)
	fmt.Println("fib(60) =", fib(fc, 60))
	fmt.Println(fc.Stats(), len(fc.Keys()))
	fmt.Printf("%T\n", fc)
}
