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
}

func NewLRU[K comparable, V any](capacity int) *LRU[K, V] {
	return &LRU[K, V]{cap: capacity, ll: list.New(), items: make(map[K]*list.Element)}
}

func (c *LRU[K, V]) Get(k K) (v V, ok bool) {
	if el, hit := c.items[k]; hit {
		c.ll.MoveToFront(el)
		return el.Value.(*entry[K, V]).val, true
	}
	return
}

func (c *LRU[K, V]) Put(k K, v V) {
	if el, hit := c.items[k]; hit {
		c.ll.MoveToFront(el)
		el.Value.(*entry[K, V]).val = v
		return
	}
	c.items[k] = c.ll.PushFront(&entry[K, V]{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		e := last.Value.(*entry[K, V])
		delete(c.items, e.key)
		if c.OnEvict != nil {
			c.OnEvict(e.key, e.val)
		}
	}
}

func (c *LRU[K, V]) String() string {
	var parts []string
	for el := c.ll.Front(); el != nil; el = el.Next() {
		e := el.Value.(*entry[K, V])
		parts = append(parts, fmt.Sprintf("%v:%v", e.key, e.val))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	cache := NewLRU[string, int](3)
	var evicted []string
	cache.OnEvict = func(k string, v int) {
		evicted = append(evicted, fmt.Sprintf("%s=%d", k, v))
	}
	cache.Put("a", 1)
	cache.Put("b", 2)
	cache.Put("c", 3)
	fmt.Println(cache)
	if v, ok := cache.Get("a"); ok {
		fmt.Println("got a", v)
	}
	cache.Put("d", 4)
	cache.Put("b", 20)
	cache.Put("e", 5)
	fmt.Println(cache)
	_, ok := cache.Get("c")
	fmt.Println("c present:", ok, "evicted:", evicted)

	fibCache := NewLRU[int, uint64](5)
	var fib func(n int) uint64
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
	fmt.Println(fib(80), calls, fibCache)
}
