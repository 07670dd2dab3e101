package main

import (
	"container/list"
	"fmt"
	"strings"
)

type entry struct {
	key   string
	value int
}

type LRUCache struct {
	capacity int
	ll       *list.List
	items    map[string]*list.Element
	hits     int
	misses   int
}

func NewLRU(capacity int) *LRUCache {
	return &LRUCache{capacity: capacity, ll: list.New(), items: map[string]*list.Element{}}
}

func (c *LRUCache) Get(key string) (int, bool) {
	if el, ok := c.items[key]; ok {
		c.ll.MoveToFront(el)
		c.hits++
		return el.Value.(*entry).value, true
	}
	c.misses++
	return 0, false
}

func (c *LRUCache) Put(key string, value int) {
	if el, ok := c.items[key]; ok {
		el.Value.(*entry).value = value
		c.ll.MoveToFront(el)
		return
	}
	el := c.ll.PushFront(&entry{key, value})
	c.items[key] = el
	if c.ll.Len() > c.capacity {
		last := c.ll.Back()
		c.ll.Remove(last)
		delete(c.items, last.Value.(*entry).key)
		fmt.Println("  evicted", last.Value.(*entry).key)
	}
}

func (c *LRUCache) Keys() []string {
	var ks []string
	for el := c.ll.Front(); el != nil; el = el.Next() {
		ks = append(ks, el.Value.(*entry).key)
	}
	return ks
}

func slowSquare(c *LRUCache, n int) int {
	key := fmt.Sprint(n)
	if v, ok := c.Get(key); ok {
		return v
	}
	v := n * n
	c.Put(key, v)
	return v
}

func main() {
	c := NewLRU(3)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c.Keys())
	c.Get("a")
	c.Put("d", 4)
	fmt.Println(c.Keys())
	c.Put("c", 30)
	fmt.Println(c.Keys())
	v, ok := c.Get("b")
	fmt.Println(v, ok)

	c2 := NewLRU(2)
	var out []string
	for _, n := range []int{2, 3, 2, 4, 3, 2, 2} {
		out = append(out, fmt.Sprint(slowSquare(c2, n)))
	}
	fmt.Println(strings.Join(out, ","), "hits", c2.hits, "misses", c2.misses)
	fmt.Printf("%+v\n", *c2.items["2"].Value.(*entry))
}
