package main

import (
	"container/list"
	"fmt"
	"strings"
	"sync"
)

type entry struct {
	key   string
	value int
}

type LRU struct {
	mu    sync.Mutex
	cap   int
	ll    *list.List
	items map[string]*list.Element
	evict func(key string, value int)
}

func NewLRU(capacity int, onEvict func(string, int)) *LRU {
	return &LRU{cap: capacity, ll: list.New(), items: map[string]*list.Element{}, evict: onEvict}
}

func (c *LRU) Put(k string, v int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		e.Value.(*entry).value = v
		return
	}
	c.items[k] = c.ll.PushFront(&entry{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		en := last.Value.(*entry)
		delete(c.items, en.key)
		if c.evict != nil {
			c.evict(en.key, en.value)
		}
	}
}

func (c *LRU) Get(k string) (int, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*entry).value, true
	}
	return 0, false
}

func (c *LRU) String() string {
	var sb strings.Builder
	sb.WriteString("[")
	for e := c.ll.Front(); e != nil; e = e.Next() {
		en := e.Value.(*entry)
		if e != c.ll.Front() {
			sb.WriteString(" ")
		}
		fmt.Fprintf(&sb, "%s:%d", en.key, en.value)
	}
	sb.WriteString("]")
	return sb.String()
}

func main() {
	var evicted []string
	c := NewLRU(3, func(k string, v int) { evicted = append(evicted, fmt.Sprintf("%s=%d", k, v)) })
	for i, k := range strings.Split("a b c a d b e a", " ") {
		if _, ok := c.Get(k); !ok {
			c.Put(k, i)
		}
		fmt.Printf("after %s: %v\n", k, c)
	}
	fmt.Println("evicted:", evicted)
	v, ok := c.Get("zzz")
	fmt.Println(v, ok)
}
