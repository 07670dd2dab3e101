package main

import (
	"container/list"
	"fmt"
)

type entry[K comparable, V any] struct {
	key K
	val V
}

type LRU[K comparable, V any] struct {
	cap     int
	ll      *list.List
	items   map[K]*list.Element
	onEvict func(K, V)
}

func NewLRU[K comparable, V any](capacity int, onEvict func(K, V)) *LRU[K, V] {
	return &LRU[K, V]{cap: capacity, ll: list.New(), items: make(map[K]*list.Element), onEvict: onEvict}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*entry[K, V]).val, true
	}
	var zero V
	return zero, false
}

func (c *LRU[K, V]) Put(k K, v V) {
	if e, ok := c.items[k]; ok {
		e.Value.(*entry[K, V]).val = v
		c.ll.MoveToFront(e)
		return
	}
	e := c.ll.PushFront(&entry[K, V]{k, v})
	c.items[k] = e
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		ent := last.Value.(*entry[K, V])
		delete(c.items, ent.key)
		if c.onEvict != nil {
			c.onEvict(ent.key, ent.val)
		}
	}
}

func (c *LRU[K, V]) Keys() []K {
	out := make([]K, 0, c.ll.Len())
	for e := c.ll.Front(); e != nil; e = e.Next() {
		out = append(out, e.Value.(*entry[K, V]).key)
	}
	return out
}

func main() {
	var evicted []string
	c := NewLRU[string, int](3, func(k string, v int) {
		evicted = append(evicted, fmt.Sprintf("%s=%d", k, v))
	})
	for i, w := range []string{"a", "b", "c", "a", "d", "b", "e"} {
		c.Put(w, i)
	}
	if v, ok := c.Get("a"); ok {
		fmt.Println("a ->", v)
	}
	_, ok := c.Get("c")
	fmt.Println("c present:", ok)
	fmt.Println("keys:", c.Keys())
	fmt.Println("evicted:", evicted)

	type pt struct{ x, y int }
	pc := NewLRU[pt, []string](2, nil)
	pc.Put(pt{1, 2}, []string{"x"})
	pc.Put(pt{3, 4}, []string{"y", "z"})
	pc.Get(pt{1, 2})
	pc.Put(pt{5, 6}, nil)
	fmt.Printf("%v\n", pc.Keys())
}
