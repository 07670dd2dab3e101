package main

import (
	"container/list"
	"fmt"
	"strconv"
	"strings"
)

const ops = `put 1 100
put 2 200
get 1
put 3 300
get 2
put 4 400
get 1
get 3
get 4
put 3 333
put 5 500
get 4`

type entry struct {
	key, val int
}

type LRU struct {
	cap   int
	ll    *list.List
	items map[int]*list.Element
	hits  int
	miss  int
}

func NewLRU(c int) *LRU {
	return &LRU{cap: c, ll: list.New(), items: map[int]*list.Element{}}
}

func (c *LRU) Get(k int) (int, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		c.hits++
		return e.Value.(*entry).val, true
	}
	c.miss++
	return 0, false
}

func (c *LRU) Put(k, v int) {
	if e, ok := c.items[k]; ok {
		e.Value.(*entry).val = v
		c.ll.MoveToFront(e)
		return
	}
	c.items[k] = c.ll.PushFront(&entry{k, v})
	if c.ll.Len() > c.cap {
		old := c.ll.Back()
		c.ll.Remove(old)
		delete(c.items, old.Value.(*entry).key)
		fmt.Println("  evict", old.Value.(*entry).key)
	}
}

func (c *LRU) String() string {
	var parts []string
	for e := c.ll.Front(); e != nil; e = e.Next() {
		en := e.Value.(*entry)
		parts = append(parts, fmt.Sprintf("%d:%d", en.key, en.val))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	c := NewLRU(3)
	for _, line := range strings.Split(ops, "\n") {
		f := strings.Fields(line)
		k, _ := strconv.Atoi(f[1])
		switch f[0] {
		case "put":
			v, _ := strconv.Atoi(f[2])
			c.Put(k, v)
		case "get":
			v, ok := c.Get(k)
			fmt.Printf("get %d -> %d %t\n", k, v, ok)
		}
	}
	fmt.Println(c)
	fmt.Printf("hits=%d miss=%d ratio=%.2f\n", c.hits, c.miss, float64(c.hits)/float64(c.hits+c.miss))
}
