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
	order   *list.List
	items   map[K]*list.Element
	hits    int
	misses  int
	onEvict func(K, V)
}

func NewLRU[K comparable, V any](capacity int, onEvict func(K, V)) *LRU[K, V] {
	if capacity <= 0 {
		panic(fmt.Sprintf("lru: invalid capacity %d", capacity))
	}
	return &LRU[K, V]{cap: capacity, order: list.New(), items: make(map[K]*list.Element), onEvict: onEvict}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	if e, ok := c.items[k]; ok {
		c.order.MoveToFront(e)
		c.hits++
		return e.Value.(pair[K, V]).val, true
	}
	c.misses++
	var zero V
	return zero, false
}

func (c *LRU[K, V]) Put(k K, v V) {
	if e, ok := c.items[k]; ok {
		e.Value = pair[K, V]{k, v}
		c.order.MoveToFront(e)
		return
	}
	if c.order.Len() == c.cap {
		last := c.order.Back()
		p := c.order.Remove(last).(pair[K, V])
		delete(c.items, p.key)
		if c.onEvict != nil {
			c.onEvict(p.key, p.val)
		}
	}
	c.items[k] = c.order.PushFront(pair[K, V]{k, v})
}

func (c *LRU[K, V]) String() string {
	var parts []string
	for e := c.order.Front(); e != nil; e = e.Next() {
		p := e.Value.(pair[K, V])
		parts = append(parts, fmt.Sprintf("%v:%v", p.key, p.val))
	}
	return "LRU[" + strings.Join(parts, " ") + "]"
}

func fibMemo(c *LRU[int, int]) func(int) int {
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := c.Get(n); ok {
			return v
		}
		r := fib(n-1) + fib(n-2)
		c.Put(n, r)
		return r
	}
	return fib
}

func main() {
	var evicted []string
	c := NewLRU(3, func(k string, v int) {
		evicted = append(evicted, fmt.Sprintf("%s=%d", k, v))
	})
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c)
	c.Get("a")
	c.Put("d", 4)
	fmt.Println(c)
	c.Put("b", 20)
	c.Put("e", 5)
	fmt.Println(c)
	for _, k := range []string{"a", "b", "c", "d", "e"} {
		v, ok := c.Get(k)
		fmt.Printf("%s:%d/%t ", k, v, ok)
	}
	fmt.Println()
	fmt.Println("evicted:", evicted)
	fmt.Printf("hits=%d misses=%d\n", c.hits, c.misses)

	fc := NewLRU[int, int](5, nil)
	fib := fibMemo(fc)
	fmt.Println("fib(50) =", fib(50), "cache:", fc)

	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	NewLRU[string, string](0, nil)
	fmt.Println("not reached")
}
