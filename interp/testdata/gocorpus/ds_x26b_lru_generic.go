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
	out := make([]K, 0, c.ll.Len())
	for e := c.ll.Front(); e != nil; e = e.Next() {
		out = append(out, e.Value.(*entry[K, V]).key)
	}
	return out
}

func main() {
	var evicted []string
	c := NewLRU[string, int](3)
	c.OnEvict = func(k string, v int) { evicted = append(evicted, fmt.Sprintf("%s=%d", k, v)) }
	for i, w := range strings.Fields("a b c a d e b f a") {
		if v, ok := c.Get(w); ok {
			c.Put(w, v+i)
		} else {
			c.Put(w, i)
		}
		fmt.Printf("%d %s %v\n", i, w, c.Keys())
	}
	fmt.Println("evicted:", strings.Join(evicted, ","))
	v, ok := c.Get("zzz")
	fmt.Println(v, ok)

	c2 := NewLRU[[2]int, []string](2)
	c2.Put([2]int{1, 2}, []string{"x"})
	c2.Put([2]int{3, 4}, nil)
	if s, ok := c2.Get([2]int{1, 2}); ok {
		s = append(s, "y")
		c2.Put([2]int{1, 2}, s)
	}
	c2.Put([2]int{5, 6}, []string{"z"})
	fmt.Println(c2.Keys(), len(c2.items))
}
