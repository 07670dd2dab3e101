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
	index   map[K]*list.Element
	onEvict func(K, V)
}

func NewLRU[K comparable, V any](cap int, onEvict func(K, V)) *LRU[K, V] {
	return &LRU[K, V]{cap: cap, ll: list.New(), index: map[K]*list.Element{}, onEvict: onEvict}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	if e, ok := c.index[k]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*entry[K, V]).val, true
	}
	var zero V
	return zero, false
}

func (c *LRU[K, V]) Put(k K, v V) {
	if e, ok := c.index[k]; ok {
		e.Value.(*entry[K, V]).val = v
		c.ll.MoveToFront(e)
		return
	}
	e := c.ll.PushFront(&entry[K, V]{k, v})
	c.index[k] = e
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		en := last.Value.(*entry[K, V])
		c.ll.Remove(last)
		delete(c.index, en.key)
		if c.onEvict != nil {
			c.onEvict(en.key, en.val)
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

func (c *LRU[K, V]) String() string {
	parts := []string{}
	for e := c.ll.Front(); e != nil; e = e.Next() {
		en := e.Value.(*entry[K, V])
		parts = append(parts, fmt.Sprintf("%v=%v", en.key, en.val))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	var evicted []string
	c := NewLRU[string, int](3, func(k string, v int) {
		evicted = append(evicted, fmt.Sprintf("%s:%d", k, v))
	})
	for i, k := range strings.Fields("a b c a d b e a f") {
		if v, ok := c.Get(k); ok {
			c.Put(k, v*10+i)
		} else {
			c.Put(k, i)
		}
		fmt.Println(i, k, c)
	}
	fmt.Println("evicted:", evicted)
	fmt.Println("keys:", c.Keys())

	c2 := NewLRU[int, []string](2, nil)
	c2.Put(1, []string{"x"})
	c2.Put(2, nil)
	v, ok := c2.Get(2)
	fmt.Println(v == nil, ok, len(v))
	c2.Put(3, []string{"y", "z"})
	_, ok = c2.Get(1)
	fmt.Println("1 present:", ok, c2)
}
