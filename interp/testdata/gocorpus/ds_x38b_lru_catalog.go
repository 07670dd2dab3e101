package main

import (
	"container/list"
	"fmt"
	"strings"
)

type Product struct {
	ID    int
	Name  string
	Price float64
}

type entry struct {
	key   int
	value Product
}

type LRUCache struct {
	cap    int
	ll     *list.List
	index  map[int]*list.Element
	hits   int
	misses int
}

func NewLRU(capacity int) *LRUCache {
	return &LRUCache{cap: capacity, ll: list.New(), index: map[int]*list.Element{}}
}

func (c *LRUCache) Get(id int) (Product, bool) {
	if el, ok := c.index[id]; ok {
		c.ll.MoveToFront(el)
		c.hits++
		return el.Value.(*entry).value, true
	}
	c.misses++
	return Product{}, false
}

func (c *LRUCache) Put(p Product) (evicted *Product) {
	if el, ok := c.index[p.ID]; ok {
		el.Value.(*entry).value = p
		c.ll.MoveToFront(el)
		return nil
	}
	c.index[p.ID] = c.ll.PushFront(&entry{p.ID, p})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		e := last.Value.(*entry)
		delete(c.index, e.key)
		return &e.value
	}
	return nil
}

func (c *LRUCache) String() string {
	parts := []string{}
	for el := c.ll.Front(); el != nil; el = el.Next() {
		parts = append(parts, el.Value.(*entry).value.Name)
	}
	return "[" + strings.Join(parts, " > ") + "]"
}

type DB map[int]Product

func (db DB) Load(c *LRUCache, id int) (Product, string) {
	if p, ok := c.Get(id); ok {
		return p, "cache"
	}
	p, ok := db[id]
	if !ok {
		return Product{}, "missing"
	}
	if ev := c.Put(p); ev != nil {
		fmt.Printf("  evicted %s\n", ev.Name)
	}
	return p, "db"
}

func main() {
	db := DB{
		1: {1, "Keyboard", 49.9},
		2: {2, "Mouse", 19.5},
		3: {3, "Monitor", 229},
		4: {4, "Webcam", 75},
		5: {5, "Desk Lamp", 32.25},
	}
	cache := NewLRU(3)
	for _, id := range []int{1, 2, 3, 1, 4, 2, 5, 9, 1, 3} {
		p, src := db.Load(cache, id)
		fmt.Printf("get %d -> %-9s from %-7s %v\n", id, p.Name, src, cache)
	}
	cache.Put(Product{3, "Monitor 4K", 399})
	fmt.Println(cache)
	fmt.Printf("hits=%d misses=%d ratio=%.2f\n", cache.hits, cache.misses, float64(cache.hits)/float64(cache.hits+cache.misses))
	l := list.New()
	l.PushBack(1)
	l.PushFront(0)
	l.InsertAfter(5, l.Front())
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
}
