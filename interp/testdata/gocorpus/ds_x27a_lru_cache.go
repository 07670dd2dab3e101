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

func NewLRU[K comparable, V any](n int) *LRU[K, V] {
	return &LRU[K, V]{cap: n, ll: list.New(), items: make(map[K]*list.Element)}
}

func (c *LRU[K, V]) Get(k K) (v V, ok bool) {
	if e, hit := c.items[k]; hit {
		c.ll.MoveToFront(e)
		return e.Value.(*entry[K, V]).val, true
	}
	return
}

func (c *LRU[K, V]) Put(k K, v V) {
	if e, hit := c.items[k]; hit {
		e.Value.(*entry[K, V]).val = v
		c.ll.MoveToFront(e)
		return
	}
	c.items[k] = c.ll.PushFront(&entry[K, V]{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		en := c.ll.Remove(last).(*entry[K, V])
		delete(c.items, en.key)
		if c.OnEvict != nil {
			c.OnEvict(en.key, en.val)
		}
	}
}

func (c *LRU[K, V]) String() string {
	var parts []string
	for e := c.ll.Front(); e != nil; e = e.Next() {
		en := e.Value.(*entry[K, V])
		parts = append(parts, fmt.Sprintf("%v=%v", en.key, en.val))
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func main() {
	c := NewLRU[string, int](3)
	var evicted []string
	c.OnEvict = func(k string, v int) { evicted = append(evicted, fmt.Sprint(k, ":", v)) }
	for i, k := range strings.Split("a b c a d b e a", " ") {
		if v, ok := c.Get(k); ok {
			fmt.Printf("hit %s=%d ", k, v)
			c.Put(k, v*10)
		} else {
			c.Put(k, i)
		}
	}
	fmt.Println()
	fmt.Println(c, evicted)

	memo := NewLRU[int, uint64](50)
	var fib func(int) uint64
	calls := 0
	fib = func(n int) uint64 {
		calls++
		if n < 2 {
			return uint64(n)
		}
		if v, ok := memo.Get(n); ok {
			return v
		}
		r := fib(n-1) + fib(n-2)
		memo.Put(n, r)
		return r
	}
	fmt.Println(fib(90), calls)
}
