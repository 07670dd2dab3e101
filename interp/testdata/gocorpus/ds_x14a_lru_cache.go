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

func (c *LRU[K, V]) String() string {
	var parts []string
	for el := c.ll.Front(); el != nil; el = el.Next() {
		e := el.Value.(*entry[K, V])
		parts = append(parts, fmt.Sprintf("%v:%v", e.key, e.val))
	}
	return fmt.Sprintf("LRU(%d/%d)[%s] hits=%d misses=%d", c.ll.Len(), c.cap, strings.Join(parts, " "), c.hits, c.misses)
}

func main() {
	c := NewLRU[string, int](3)
	var evicted []string
	c.OnEvict = func(k string, v int) { evicted = append(evicted, fmt.Sprint(k, "=", v)) }
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	c.Get("a")
	c.Put("d", 4)
	c.Put("c", 30)
	c.Put("e", 5)
	for _, k := range []string{"a", "b", "c", "d", "e"} {
		v, ok := c.Get(k)
		fmt.Printf("%s -> %d %t\n", k, v, ok)
	}
	fmt.Println(c)
	fmt.Println("evicted:", evicted, "keys:", c.Keys())
	type point struct{ x, y int }
	pc := NewLRU[point, string](2)
	pc.Put(point{1, 2}, "one-two")
	pc.Put(point{3, 4}, "three-four")
	pc.Get(point{1, 2})
	pc.Put(point{5, 6}, "five-six")
	fmt.Println(pc.Keys(), pc)
}
