package main

import (
	"fmt"
	"strings"
)

type entry[K comparable, V any] struct {
	key        K
	val        V
	prev, next *entry[K, V]
}

type LRU[K comparable, V any] struct {
	cap        int
	items      map[K]*entry[K, V]
	head, tail *entry[K, V] // head = most recent
	onEvict    func(K, V)
	hits, miss int
}

func NewLRU[K comparable, V any](capacity int, onEvict func(K, V)) *LRU[K, V] {
	return &LRU[K, V]{cap: capacity, items: make(map[K]*entry[K, V]), onEvict: onEvict}
}

func (c *LRU[K, V]) unlink(e *entry[K, V]) {
	if e.prev != nil {
		e.prev.next = e.next
	} else {
		c.head = e.next
	}
	if e.next != nil {
		e.next.prev = e.prev
	} else {
		c.tail = e.prev
	}
	e.prev, e.next = nil, nil
}

func (c *LRU[K, V]) pushFront(e *entry[K, V]) {
	e.next = c.head
	if c.head != nil {
		c.head.prev = e
	}
	c.head = e
	if c.tail == nil {
		c.tail = e
	}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	if e, ok := c.items[k]; ok {
		c.hits++
		c.unlink(e)
		c.pushFront(e)
		return e.val, true
	}
	c.miss++
	var zero V
	return zero, false
}

func (c *LRU[K, V]) Put(k K, v V) {
	if e, ok := c.items[k]; ok {
		e.val = v
		c.unlink(e)
		c.pushFront(e)
		return
	}
	if len(c.items) >= c.cap {
		old := c.tail
		c.unlink(old)
		delete(c.items, old.key)
		if c.onEvict != nil {
			c.onEvict(old.key, old.val)
		}
	}
	e := &entry[K, V]{key: k, val: v}
	c.items[k] = e
	c.pushFront(e)
}

func (c *LRU[K, V]) String() string {
	var parts []string
	for e := c.head; e != nil; e = e.next {
		parts = append(parts, fmt.Sprintf("%v:%v", e.key, e.val))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func slowSquare(n int) int { return n * n }

func main() {
	var evicted []string
	c := NewLRU(3, func(k string, v int) { evicted = append(evicted, fmt.Sprintf("%s(%d)", k, v)) })
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c)
	c.Get("a")
	c.Put("d", 4)
	fmt.Println(c)
	c.Put("b", 20)
	c.Put("e", 5)
	v, ok := c.Get("c")
	fmt.Println(c, v, ok)
	fmt.Println("evicted:", evicted)

	sq := NewLRU[int, int](4, nil)
	calls := 0
	cached := func(n int) int {
		if v, ok := sq.Get(n); ok {
			return v
		}
		calls++
		v := slowSquare(n)
		sq.Put(n, v)
		return v
	}
	total := 0
	for _, n := range []int{1, 2, 3, 1, 2, 4, 5, 1, 6, 2, 3} {
		total += cached(n)
	}
	fmt.Println(total, calls, sq.hits, sq.miss, sq)
	type point struct{ x, y int }
	pc := NewLRU[point, []string](2, nil)
	pc.Put(point{1, 2}, []string{"x"})
	pc.Put(point{3, 4}, nil)
	pc.Put(point{1, 2}, append([]string{"y"}, "z"))
	pc.Put(point{5, 6}, []string{})
	fmt.Printf("%v %d\n", pc, len(pc.items))
}
