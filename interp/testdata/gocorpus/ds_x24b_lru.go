package main

import (
	"container/list"
	"fmt"
	"strings"
)

type entry struct {
	key string
	val int
}

type LRU struct {
	cap   int
	ll    *list.List
	items map[string]*list.Element
	evict func(string, int)
}

func NewLRU(n int, onEvict func(string, int)) *LRU {
	return &LRU{cap: n, ll: list.New(), items: make(map[string]*list.Element), evict: onEvict}
}

func (c *LRU) Get(k string) (int, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*entry).val, true
	}
	return 0, false
}

func (c *LRU) Put(k string, v int) {
	if e, ok := c.items[k]; ok {
		e.Value.(*entry).val = v
		c.ll.MoveToFront(e)
		return
	}
	e := c.ll.PushFront(&entry{k, v})
	c.items[k] = e
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		en := last.Value.(*entry)
		delete(c.items, en.key)
		if c.evict != nil {
			c.evict(en.key, en.val)
		}
	}
}

func (c *LRU) String() string {
	var parts []string
	for e := c.ll.Front(); e != nil; e = e.Next() {
		en := e.Value.(*entry)
		parts = append(parts, fmt.Sprintf("%s:%d", en.key, en.val))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	var evicted []string
	c := NewLRU(3, func(k string, v int) {
		evicted = append(evicted, fmt.Sprint(k, v))
	})
	ops := []string{"put a 1", "put b 2", "put c 3", "get a", "put d 4", "get b", "put a 10", "put e 5", "get c", "get d"}
	for _, op := range ops {
		f := strings.Fields(op)
		switch f[0] {
		case "put":
			var n int
			fmt.Sscanf(f[2], "%d", &n)
			c.Put(f[1], n)
			fmt.Printf("%-9s %v\n", op, c)
		case "get":
			v, ok := c.Get(f[1])
			fmt.Printf("%-9s %v -> %d,%t\n", op, c, v, ok)
		}
	}
	fmt.Println("evicted:", evicted)
	l := list.New()
	for i := 1; i <= 5; i++ {
		l.PushBack(i * i)
	}
	for e := l.Front(); e != nil; {
		next := e.Next()
		if e.Value.(int)%2 == 1 {
			l.Remove(e)
		}
		e = next
	}
	l.PushFront("head")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Printf("%v(%T) ", e.Value, e.Value)
	}
	fmt.Println(l.Len())
}
