package main

import (
	"container/list"
	"container/ring"
	"fmt"
)

// LRU is a tiny least-recently-used cache built on container/list.
type LRU struct {
	cap   int
	ll    *list.List
	items map[string]*list.Element
}

type entry struct {
	key   string
	value int
}

func NewLRU(capacity int) *LRU {
	return &LRU{cap: capacity, ll: list.New(), items: make(map[string]*list.Element)}
}

func (c *LRU) Get(key string) (int, bool) {
	if e, ok := c.items[key]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*entry).value, true
	}
	return 0, false
}

func (c *LRU) Put(key string, value int) {
	if e, ok := c.items[key]; ok {
		e.Value.(*entry).value = value
		c.ll.MoveToFront(e)
		return
	}
	e := c.ll.PushFront(&entry{key, value})
	c.items[key] = e
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		delete(c.items, last.Value.(*entry).key)
		fmt.Println("  evicted", last.Value.(*entry).key)
	}
}

func (c *LRU) Keys() []string {
	var keys []string
	for e := c.ll.Front(); e != nil; e = e.Next() {
		keys = append(keys, e.Value.(*entry).key)
	}
	return keys
}

func main() {
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println("len", l.Len())
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println()

	cache := NewLRU(2)
	cache.Put("a", 1)
	cache.Put("b", 2)
	cache.Get("a")
	cache.Put("c", 3)
	_, okB := cache.Get("b")
	va, okA := cache.Get("a")
	fmt.Println("b present:", okB, "a:", va, okA)
	cache.Put("a", 10)
	cache.Put("d", 4)
	fmt.Println("keys, most recent first:", cache.Keys())

	r := ring.New(5)
	for i := 1; i <= r.Len(); i++ {
		r.Value = i * i
		r = r.Next()
	}
	r.Do(func(p any) { fmt.Print(p, " ") })
	fmt.Println()
	r = r.Move(2)
	sum := 0
	r.Do(func(p any) { sum += p.(int) })
	fmt.Println("starts at", r.Value, "sum", sum)
	removed := r.Unlink(2)
	fmt.Println("unlinked", removed.Len(), "left", r.Len())
}
