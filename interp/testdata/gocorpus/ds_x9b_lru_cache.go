// Exercises: LRU cache from container/list and a map to *list.Element, type assertion of Element.Value, eviction order, hits and misses.
package main

import (
	"container/list"
	"fmt"
)

type entry struct {
	key string
	val int
}

type LRU struct {
	cap, hits, miss int
	ll              *list.List
	items           map[string]*list.Element
}

func NewLRU(n int) *LRU { return &LRU{cap: n, ll: list.New(), items: map[string]*list.Element{}} }

func (c *LRU) Get(k string) (int, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		c.hits++
		return e.Value.(*entry).val, true
	}
	c.miss++
	return 0, false
}

func (c *LRU) Put(k string, v int) (evicted string) {
	if e, ok := c.items[k]; ok {
		e.Value.(*entry).val = v
		c.ll.MoveToFront(e)
		return ""
	}
	c.items[k] = c.ll.PushFront(&entry{k, v})
	if c.ll.Len() > c.cap {
		old := c.ll.Remove(c.ll.Back()).(*entry)
		delete(c.items, old.key)
		return old.key
	}
	return ""
}

func (c *LRU) Keys() []string {
	var ks []string
	for e := c.ll.Front(); e != nil; e = e.Next() {
		ks = append(ks, e.Value.(*entry).key)
	}
	return ks
}

func main() {
	c := NewLRU(3)
	for i, k := range []string{"a", "b", "c"} {
		c.Put(k, i+1)
	}
	fmt.Println(c.Keys())
	v, ok := c.Get("a")
	fmt.Println(v, ok, c.Keys())
	fmt.Printf("evicted %q\n", c.Put("d", 4))
	_, ok = c.Get("b")
	fmt.Println(ok, c.Keys())
	fmt.Printf("evicted %q\n", c.Put("c", 30))
	fmt.Printf("evicted %q\n", c.Put("e", 5))
	v, _ = c.Get("c")
	fmt.Println(v, c.Keys(), c.hits, c.miss, len(c.items))
}
