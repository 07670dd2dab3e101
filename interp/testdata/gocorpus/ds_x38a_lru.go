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

// LRU is a fixed-size cache that evicts the least recently used key.
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
	if e, hit := c.items[k]; hit {
		c.ll.MoveToFront(e)
		return e.Value.(*entry[K, V]).val, true
	}
	return v, false
}

func (c *LRU[K, V]) Put(k K, v V) {
	if e, hit := c.items[k]; hit {
		c.ll.MoveToFront(e)
		e.Value.(*entry[K, V]).val = v
		return
	}
	c.items[k] = c.ll.PushFront(&entry[K, V]{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		ent := last.Value.(*entry[K, V])
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

func (c *LRU[K, V]) String() string {
	var b strings.Builder
	b.WriteString("[")
	for e := c.ll.Front(); e != nil; e = e.Next() {
		ent := e.Value.(*entry[K, V])
		if e != c.ll.Front() {
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, "%v:%v", ent.key, ent.val)
	}
	b.WriteString("]")
	return b.String()
}

func main() {
	c := NewLRU[string, int](3)
	var evicted []string
	c.OnEvict = func(k string, v int) { evicted = append(evicted, fmt.Sprintf("%s(%d)", k, v)) }
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c)
	if v, ok := c.Get("a"); ok {
		fmt.Println("got a =", v)
	}
	c.Put("d", 4)
	fmt.Println(c, c.Keys())
	_, ok := c.Get("b")
	fmt.Println("b present:", ok)
	c.Put("c", 30)
	c.Put("e", 5)
	fmt.Println(c)
	fmt.Println("evicted:", evicted)

	// Memoize an expensive function with the cache.
	calls := 0
	square := NewLRU[int, int](2)
	get := func(n int) int {
		if v, ok := square.Get(n); ok {
			return v
		}
		calls++
		square.Put(n, n*n)
		return n * n
	}
	for _, n := range []int{2, 3, 2, 4, 3, 2} {
		fmt.Print(get(n), " ")
	}
	fmt.Println("calls:", calls, square)
}
