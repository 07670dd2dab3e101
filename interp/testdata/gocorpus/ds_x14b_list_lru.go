package main

import (
	"container/list"
	"container/ring"
	"fmt"
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

func NewLRU(n int, evict func(string, int)) *LRU {
	return &LRU{cap: n, ll: list.New(), items: map[string]*list.Element{}, evict: evict}
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
	c.items[k] = c.ll.PushFront(&entry{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		en := c.ll.Remove(last).(*entry)
		delete(c.items, en.key)
		if c.evict != nil {
			c.evict(en.key, en.val)
		}
	}
}

func (c *LRU) Keys() []string {
	var ks []string
	for e := c.ll.Front(); e != nil; e = e.Next() {
		ks = append(ks, e.Value.(*entry).key)
	}
	return ks
}

func main() {
	var evicted []string
	c := NewLRU(3, func(k string, v int) { evicted = append(evicted, fmt.Sprintf("%s=%d", k, v)) })
	for i, k := range []string{"a", "b", "c", "a", "d", "b", "e", "a"} {
		if v, ok := c.Get(k); ok {
			fmt.Println("hit", k, v)
		} else {
			c.Put(k, i)
		}
	}
	fmt.Println(c.Keys(), evicted)

	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i * i
		r = r.Next()
	}
	sum := 0
	r.Do(func(v any) { sum += v.(int) })
	r = r.Move(2)
	removed := r.Unlink(2)
	var rest []any
	r.Do(func(v any) { rest = append(rest, v) })
	var gone []any
	removed.Do(func(v any) { gone = append(gone, v) })
	fmt.Println(sum, rest, gone)
}
