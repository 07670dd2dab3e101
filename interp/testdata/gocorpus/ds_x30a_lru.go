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

func (c *LRU[K, V]) Get(k K) (V, bool) {
	if el, ok := c.items[k]; ok {
		c.ll.MoveToFront(el)
		c.hits++
		return el.Value.(*entry[K, V]).val, true
	}
	c.misses++
	var zero V
	return zero, false
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

func (c *LRU[K, V]) String() string {
	var parts []string
	for el := c.ll.Front(); el != nil; el = el.Next() {
		e := el.Value.(*entry[K, V])
		parts = append(parts, fmt.Sprintf("%v=%v", e.key, e.val))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	c := NewLRU[string, int](3)
	var evicted []string
	c.OnEvict = func(k string, v int) { evicted = append(evicted, fmt.Sprint(k, ":", v)) }
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c)
	c.Get("a")
	c.Put("d", 4)
	fmt.Println(c)
	c.Put("c", 30)
	c.Put("e", 5)
	fmt.Println(c, evicted)
	for _, k := range []string{"a", "b", "c", "x"} {
		v, ok := c.Get(k)
		fmt.Printf("get %s -> %d %t\n", k, v, ok)
	}
	fmt.Printf("hits=%d misses=%d len=%d\n", c.hits, c.misses, c.ll.Len())

	// Memoising a slow function with the cache.
	calls := 0
	square := func(n int) int { calls++; return n * n }
	memo := NewLRU[int, int](2)
	cached := func(n int) int {
		if v, ok := memo.Get(n); ok {
			return v
		}
		v := square(n)
		memo.Put(n, v)
		return v
	}
	for _, n := range []int{2, 3, 2, 4, 2, 3} {
		fmt.Print(cached(n), " ")
	}
	fmt.Println("calls:", calls)
}
