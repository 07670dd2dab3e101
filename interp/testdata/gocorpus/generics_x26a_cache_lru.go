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
	if el, hit := c.items[k]; hit {
		c.ll.MoveToFront(el)
		c.hits++
		return el.Value.(*entry[K, V]).val, true
	}
	c.misses++
	return
}

func (c *LRU[K, V]) Put(k K, v V) {
	if el, ok := c.items[k]; ok {
		el.Value.(*entry[K, V]).val = v
		c.ll.MoveToFront(el)
		return
	}
	c.items[k] = c.ll.PushFront(&entry[K, V]{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		e := c.ll.Remove(last).(*entry[K, V])
		delete(c.items, e.key)
		if c.OnEvict != nil {
			c.OnEvict(e.key, e.val)
		}
	}
}

func (c *LRU[K, V]) Keys() []K {
	var ks []K
	for el := c.ll.Front(); el != nil; el = el.Next() {
		ks = append(ks, el.Value.(*entry[K, V]).key)
	}
	return ks
}

func (c *LRU[K, V]) Stats() string {
	return fmt.Sprintf("hits=%d misses=%d size=%d", c.hits, c.misses, c.ll.Len())
}

type point struct{ x, y int }

func main() {
	c := NewLRU[string, int](3)
	var evicted []string
	c.OnEvict = func(k string, v int) { evicted = append(evicted, fmt.Sprintf("%s=%d", k, v)) }
	for i, k := range strings.Fields("a b c a d b e a") {
		if _, ok := c.Get(k); !ok {
			c.Put(k, i)
		}
	}
	fmt.Println(c.Keys(), evicted, c.Stats())
	c.Put("a", 100)
	v, ok := c.Get("a")
	fmt.Println(v, ok, c.Keys())

	pc := NewLRU[point, []string](2)
	pc.Put(point{1, 2}, []string{"x"})
	pc.Put(point{3, 4}, nil)
	if s, ok := pc.Get(point{1, 2}); ok {
		s[0] = "changed"
	}
	pc.Put(point{5, 6}, []string{"z"})
	got, _ := pc.Get(point{1, 2})
	_, ok34 := pc.Get(point{3, 4})
	fmt.Println(got, ok34, pc.Keys(), pc.Stats())
	dist := func(p point) int { return p.x*p.x + p.y*p.y }
	sq := NewLRU[int, func(point) int](1)
	sq.Put(0, dist)
	f, _ := sq.Get(0)
	fmt.Println(f(point{3, 4}))
}
