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
		e.Value.(*entry[K, V]).val = v
		c.ll.MoveToFront(e)
		return
	}
	c.items[k] = c.ll.PushFront(&entry[K, V]{k, v})
	if c.ll.Len() > c.cap {
		old := c.ll.Back()
		c.ll.Remove(old)
		en := old.Value.(*entry[K, V])
		delete(c.items, en.key)
		if c.OnEvict != nil {
			c.OnEvict(en.key, en.val)
		}
	}
}

func (c *LRU[K, V]) Keys() []K {
	var ks []K
	for e := c.ll.Front(); e != nil; e = e.Next() {
		ks = append(ks, e.Value.(*entry[K, V]).key)
	}
	return ks
}

func slowSquare(n int) int { return n * n }

func main() {
	c := NewLRU[string, int](3)
	var evicted []string
	c.OnEvict = func(k string, v int) { evicted = append(evicted, fmt.Sprintf("%s=%d", k, v)) }
	for i, k := range strings.Split("a b c a d b e a c", " ") {
		if _, ok := c.Get(k); !ok {
			c.Put(k, i)
		}
		fmt.Printf("%s -> %v\n", k, c.Keys())
	}
	fmt.Println("evicted:", evicted)
	fmt.Printf("hits=%d misses=%d\n", c.hits, c.misses)

	sq := NewLRU[int, int](4)
	calls := 0
	get := func(n int) int {
		if v, ok := sq.Get(n); ok {
			return v
		}
		calls++
		v := slowSquare(n)
		sq.Put(n, v)
		return v
	}
	total := 0
	for _, n := range []int{1, 2, 3, 1, 2, 5, 6, 1, 7, 2} {
		total += get(n)
	}
	fmt.Println("total", total, "computed", calls, "keys", sq.Keys())
}
