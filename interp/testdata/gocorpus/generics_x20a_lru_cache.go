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
	if e, found := c.items[k]; found {
		c.ll.MoveToFront(e)
		c.hits++
		return e.Value.(*entry[K, V]).val, true
	}
	c.misses++
	return
}

func (c *LRU[K, V]) Put(k K, v V) {
	if e, found := c.items[k]; found {
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
	keys := make([]K, 0, c.ll.Len())
	for e := c.ll.Front(); e != nil; e = e.Next() {
		keys = append(keys, e.Value.(*entry[K, V]).key)
	}
	return keys
}

func main() {
	c := NewLRU[string, int](3)
	var evicted []string
	c.OnEvict = func(k string, v int) { evicted = append(evicted, fmt.Sprintf("%s:%d", k, v)) }
	for i, k := range strings.Split("a b c a d b e a", " ") {
		if _, ok := c.Get(k); !ok {
			c.Put(k, i)
		}
		fmt.Println(k, c.Keys())
	}
	fmt.Println("evicted", evicted, "hits", c.hits, "misses", c.misses)
	type point struct{ x, y int }
	pc := NewLRU[point, []string](2)
	pc.Put(point{1, 2}, []string{"a"})
	pc.Put(point{3, 4}, nil)
	v, _ := pc.Get(point{1, 2})
	pc.Put(point{5, 6}, []string{"z", "y"})
	_, ok := pc.Get(point{3, 4})
	fmt.Println(v, ok, pc.Keys())
	fib := NewLRU[int, uint64](100)
	var f func(int) uint64
	f = func(n int) uint64 {
		if n < 2 {
			return uint64(n)
		}
		if v, ok := fib.Get(n); ok {
			return v
		}
		r := f(n-1) + f(n-2)
		fib.Put(n, r)
		return r
	}
	fmt.Println(f(90), fib.ll.Len())
}
