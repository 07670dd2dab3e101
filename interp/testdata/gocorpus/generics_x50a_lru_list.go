package main

import (
	"fmt"
	"strings"
)

type node[K comparable, V any] struct {
	key        K
	val        V
	prev, next *node[K, V]
}

type LRU[K comparable, V any] struct {
	cap     int
	items   map[K]*node[K, V]
	head    node[K, V] // sentinel
	OnEvict func(K, V)
}

func NewLRU[K comparable, V any](capacity int) *LRU[K, V] {
	c := &LRU[K, V]{cap: capacity, items: make(map[K]*node[K, V])}
	c.head.next, c.head.prev = &c.head, &c.head
	return c
}

func (c *LRU[K, V]) unlink(n *node[K, V]) {
	n.prev.next, n.next.prev = n.next, n.prev
}

func (c *LRU[K, V]) pushFront(n *node[K, V]) {
	n.next, n.prev = c.head.next, &c.head
	c.head.next.prev = n
	c.head.next = n
}

func (c *LRU[K, V]) Get(k K) (v V, ok bool) {
	n, ok := c.items[k]
	if !ok {
		return v, false
	}
	c.unlink(n)
	c.pushFront(n)
	return n.val, true
}

func (c *LRU[K, V]) Put(k K, v V) {
	if n, ok := c.items[k]; ok {
		n.val = v
		c.unlink(n)
		c.pushFront(n)
		return
	}
	if len(c.items) == c.cap {
		last := c.head.prev
		c.unlink(last)
		delete(c.items, last.key)
		if c.OnEvict != nil {
			c.OnEvict(last.key, last.val)
		}
	}
	n := &node[K, V]{key: k, val: v}
	c.items[k] = n
	c.pushFront(n)
}

func (c *LRU[K, V]) String() string {
	var parts []string
	for n := c.head.next; n != &c.head; n = n.next {
		parts = append(parts, fmt.Sprintf("%v:%v", n.key, n.val))
	}
	return "<" + strings.Join(parts, ", ") + ">"
}

type inodeKey struct {
	dev uint16
	ino uint64
}

func main() {
	var evicted []string
	c := NewLRU[string, int](3)
	c.OnEvict = func(k string, v int) { evicted = append(evicted, fmt.Sprintf("%s=%d", k, v)) }
	for i, k := range strings.Fields("a b c a d b e a f") {
		if v, ok := c.Get(k); ok {
			c.Put(k, v*10)
		} else {
			c.Put(k, i)
		}
		fmt.Printf("%s -> %v\n", k, c)
	}
	fmt.Println("evicted:", evicted)

	ic := NewLRU[inodeKey, []string](2)
	dirty := 0
	ic.OnEvict = func(k inodeKey, v []string) {
		if len(v) > 1 {
			dirty++
		}
	}
	ic.Put(inodeKey{8, 2}, []string{"root"})
	ic.Put(inodeKey{8, 11}, []string{"lost+found", "x"})
	if v, ok := ic.Get(inodeKey{8, 2}); ok {
		ic.Put(inodeKey{8, 2}, append(v, "again"))
	}
	ic.Put(inodeKey{9, 2}, nil)
	ic.Put(inodeKey{9, 3}, nil)
	_, ok := ic.Get(inodeKey{8, 11})
	fmt.Println(ic, dirty, ok, len(ic.items))
}
