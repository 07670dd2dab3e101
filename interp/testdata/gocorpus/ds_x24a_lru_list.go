package main

import (
	"container/list"
	"fmt"
	"strings"
)

type pair[K comparable, V any] struct {
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
		return e.Value.(*pair[K, V]).val, true
	}
	c.misses++
	return
}

func (c *LRU[K, V]) Put(k K, v V) {
	if e, ok := c.items[k]; ok {
		e.Value.(*pair[K, V]).val = v
		c.ll.MoveToFront(e)
		return
	}
	c.items[k] = c.ll.PushFront(&pair[K, V]{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		p := c.ll.Remove(last).(*pair[K, V])
		delete(c.items, p.key)
		if c.OnEvict != nil {
			c.OnEvict(p.key, p.val)
		}
	}
}

func (c *LRU[K, V]) String() string {
	var parts []string
	for e := c.ll.Front(); e != nil; e = e.Next() {
		p := e.Value.(*pair[K, V])
		parts = append(parts, fmt.Sprintf("%v:%v", p.key, p.val))
	}
	return fmt.Sprintf("LRU[%s] hits=%d misses=%d", strings.Join(parts, " "), c.hits, c.misses)
}

func fibMemo(c *LRU[int, uint64]) func(int) uint64 {
	var fib func(int) uint64
	fib = func(n int) uint64 {
		if n < 2 {
			return uint64(n)
		}
		if v, ok := c.Get(n); ok {
			return v
		}
		v := fib(n-1) + fib(n-2)
		c.Put(n, v)
		return v
	}
	return fib
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
	c.Put("b", 20)
	c.Put("e", 5)
	_, ok := c.Get("c")
	fmt.Println(c, ok)
	fmt.Println("evicted:", evicted)

	fc := NewLRU[int, uint64](5)
	fib := fibMemo(fc)
	fmt.Println(fib(50), fib(90))
	fmt.Println(fc)
}
