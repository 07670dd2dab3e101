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

func (c *LRU[K, V]) Get(k K) (v V, ok bool) {
	if el, hit := c.items[k]; hit {
		c.ll.MoveToFront(el)
		return el.Value.(*entry[K, V]).val, true
	}
	return
}

func (c *LRU[K, V]) Put(k K, v V) {
	if el, hit := c.items[k]; hit {
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
	var sb strings.Builder
	sb.WriteString("[")
	for el := c.ll.Front(); el != nil; el = el.Next() {
		e := el.Value.(*entry[K, V])
		if el != c.ll.Front() {
			sb.WriteString(" ")
		}
		fmt.Fprintf(&sb, "%v:%v", e.key, e.val)
	}
	sb.WriteString("]")
	return sb.String()
}

func main() {
	c := NewLRU[string, int](3)
	var evicted []string
	c.OnEvict = func(k string, v int) {
		evicted = append(evicted, fmt.Sprintf("%s=%d", k, v))
	}
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c)
	if v, ok := c.Get("a"); ok {
		fmt.Println("got a", v)
	}
	c.Put("d", 4)
	c.Put("b", 20)
	c.Put("e", 5)
	fmt.Println(c)
	_, ok := c.Get("c")
	fmt.Println("c present:", ok, "evicted:", evicted)

	pages := NewLRU[int, []byte](2)
	hits, misses := 0, 0
	for _, p := range []int{1, 2, 1, 3, 2, 1, 1, 4, 3} {
		if _, ok := pages.Get(p); ok {
			hits++
		} else {
			misses++
			pages.Put(p, make([]byte, p))
		}
	}
	fmt.Printf("hits=%d misses=%d state=%v\n", hits, misses, pages)
	fmt.Printf("%T\n", pages)
}
