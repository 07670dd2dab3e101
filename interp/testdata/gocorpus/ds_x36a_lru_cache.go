package main

import (
	"container/list"
	"fmt"
	"strings"
)

type entry struct {
	key, value int
}

type LRUCache struct {
	cap   int
	ll    *list.List
	items map[int]*list.Element
	hits  int
	miss  int
}

func Constructor(capacity int) LRUCache {
	return LRUCache{cap: capacity, ll: list.New(), items: make(map[int]*list.Element)}
}

func (c *LRUCache) Get(key int) int {
	if el, ok := c.items[key]; ok {
		c.ll.MoveToFront(el)
		c.hits++
		return el.Value.(*entry).value
	}
	c.miss++
	return -1
}

func (c *LRUCache) Put(key, value int) {
	if el, ok := c.items[key]; ok {
		el.Value.(*entry).value = value
		c.ll.MoveToFront(el)
		return
	}
	c.items[key] = c.ll.PushFront(&entry{key, value})
	if c.ll.Len() > c.cap {
		old := c.ll.Back()
		c.ll.Remove(old)
		delete(c.items, old.Value.(*entry).key)
	}
}

func (c *LRUCache) String() string {
	var parts []string
	for el := c.ll.Front(); el != nil; el = el.Next() {
		e := el.Value.(*entry)
		parts = append(parts, fmt.Sprintf("%d:%d", e.key, e.value))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	cache := Constructor(2)
	ops := []string{"put", "put", "get", "put", "get", "put", "get", "get", "get"}
	args := [][]int{{1, 1}, {2, 2}, {1}, {3, 3}, {2}, {4, 4}, {1}, {3}, {4}}
	var out []any
	for i, op := range ops {
		switch op {
		case "put":
			cache.Put(args[i][0], args[i][1])
			out = append(out, nil)
		case "get":
			out = append(out, cache.Get(args[i][0]))
		}
		fmt.Printf("%-3s %v -> %s\n", op, args[i], cache.String())
	}
	fmt.Println(out)
	fmt.Printf("hits=%d miss=%d len=%d\n", cache.hits, cache.miss, len(cache.items))

	big := Constructor(3)
	for i := range 10 {
		big.Put(i%4, i*i)
		if i%3 == 0 {
			big.Get(0)
		}
	}
	fmt.Println(&big)
}
