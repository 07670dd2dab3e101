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

type LRUCache[K comparable, V any] struct {
	capacity int
	ll       *list.List
	items    map[K]*list.Element
	OnEvict  func(key K, value V)
	hits     int
	misses   int
}

func NewLRUCache[K comparable, V any](capacity int) *LRUCache[K, V] {
	if capacity <= 0 {
		panic(fmt.Sprintf("invalid capacity %d", capacity))
	}
	return &LRUCache[K, V]{capacity: capacity, ll: list.New(), items: make(map[K]*list.Element)}
}

func (c *LRUCache[K, V]) Get(key K) (V, bool) {
	if el, ok := c.items[key]; ok {
		c.ll.MoveToFront(el)
		c.hits++
		return el.Value.(*entry[K, V]).value, true
	}
	c.misses++
	var zero V
	return zero, false
}

func (c *LRUCache[K, V]) Put(key K, value V) {
	if el, ok := c.items[key]; ok {
		el.Value.(*entry[K, V]).value = value
		c.ll.MoveToFront(el)
		return
	}
	el := c.ll.PushFront(&entry[K, V]{key, value})
	c.items[key] = el
	if c.ll.Len() > c.capacity {
		last := c.ll.Back()
		e := c.ll.Remove(last).(*entry[K, V])
		delete(c.items, e.key)
		if c.OnEvict != nil {
			c.OnEvict(e.key, e.value)
		}
	}
}

func (c *LRUCache[K, V]) Keys() []K {
	keys := make([]K, 0, c.ll.Len())
	for el := c.ll.Front(); el != nil; el = el.Next() {
		keys = append(keys, el.Value.(*entry[K, V]).key)
	}
	return keys
}

func (c *LRUCache[K, V]) Stats() string {
	total := c.hits + c.misses
	ratio := 0.0
	if total > 0 {
		ratio = float64(c.hits) / float64(total)
	}
	return fmt.Sprintf("hits=%d misses=%d ratio=%.2f", c.hits, c.misses, ratio)
}

func fib(cache *LRUCache[int, int], n int) int {
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
	c := NewLRUCache[string, int](3)
	var evicted []string
	c.OnEvict = func(k string, v int) { evicted = append(evicted, fmt.Sprintf("%s=%d", k, v)) }
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	c.Get("a")
	c.Put("d", 4)
	c.Put("b", 20)
	c.Put("e", 5)
	fmt.Println(c.Keys(), evicted)
	for _, k := range []string{"a", "b", "c", "d", "e"} {
		v, ok := c.Get(k)
		fmt.Printf("%s:%v,%v ", k, v, ok)
	}
	fmt.Println()
	fmt.Println(c.Stats())

	fc := NewLRUCache[int, int](100)
	fmt.Println(fib(fc, 60), fc.Stats())

	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		fmt.Println(strings.Repeat("=", 10))
	}()
	NewLRUCache[int, bool](0)
}
