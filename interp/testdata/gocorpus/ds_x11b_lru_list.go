// Exercises: LRU cache with container/list holding keys and a map from key to element and value, MoveToFront, Back eviction, iteration over the list
package main

import (
	"container/list"
	"fmt"
	"strings"
)

type slot struct {
	elem *list.Element
	val  int
}

type Cache struct {
	limit   int
	recency *list.List // front = most recently used key
	slots   map[string]slot
	evicted []string
}

func NewCache(limit int) *Cache {
	return &Cache{limit: limit, recency: list.New(), slots: make(map[string]slot)}
}

func (c *Cache) Get(k string) (int, bool) {
	s, ok := c.slots[k]
	if ok {
		c.recency.MoveToFront(s.elem)
	}
	return s.val, ok
}

func (c *Cache) Put(k string, v int) {
	if s, ok := c.slots[k]; ok {
		c.recency.MoveToFront(s.elem)
		c.slots[k] = slot{s.elem, v}
		return
	}
	c.slots[k] = slot{c.recency.PushFront(k), v}
	for c.recency.Len() > c.limit {
		oldest := c.recency.Remove(c.recency.Back()).(string)
		delete(c.slots, oldest)
		c.evicted = append(c.evicted, oldest)
	}
}

func (c *Cache) String() string {
	var b strings.Builder
	for e := c.recency.Front(); e != nil; e = e.Next() {
		k := e.Value.(string)
		fmt.Fprintf(&b, "%s=%d ", k, c.slots[k].val)
	}
	return strings.TrimSpace(b.String())
}

func main() {
	c := NewCache(3)
	for i, k := range strings.Fields("a b c a d b e") {
		c.Put(k, i)
	}
	fmt.Println(c, c.evicted)
	v, ok := c.Get("d")
	fmt.Println(v, ok, c)
	_, ok = c.Get("a")
	fmt.Println(ok, len(c.slots), c.recency.Len())
}
