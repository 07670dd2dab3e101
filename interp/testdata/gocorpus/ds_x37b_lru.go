// An LRU cache using container/list and a map, with hit statistics.
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

type LRU struct {
	cap          int
	ll           *list.List
	items        map[string]*list.Element
	hits, misses int
	OnEvict      func(key string, value int)
}

func NewLRU(capacity int) *LRU {
	return &LRU{cap: capacity, ll: list.New(), items: make(map[string]*list.Element)}
}

func (c *LRU) Get(key string) (int, bool) {
	if el, ok := c.items[key]; ok {
		c.ll.MoveToFront(el)
		c.hits++
		return el.Value.(*entry).value, true
	}
	c.misses++
	return 0, false
}

func (c *LRU) Put(key string, value int) {
	if el, ok := c.items[key]; ok {
		el.Value.(*entry).value = value
		c.ll.MoveToFront(el)
		return
	}
	c.items[key] = c.ll.PushFront(&entry{key, value})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		e := c.ll.Remove(last).(*entry)
		delete(c.items, e.key)
		if c.OnEvict != nil {
			c.OnEvict(e.key, e.value)
		}
	}
}

func (c *LRU) String() string {
	var b strings.Builder
	b.WriteString("[")
	for el := c.ll.Front(); el != nil; el = el.Next() {
		e := el.Value.(*entry)
		if el != c.ll.Front() {
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, "%s=%d", e.key, e.value)
	}
	b.WriteString("]")
	return b.String()
}

func fib(n int, cache *LRU) int {
	key := fmt.Sprint(n)
	if v, ok := cache.Get(key); ok {
		return v
	}
	v := n
	if n >= 2 {
		v = fib(n-1, cache) + fib(n-2, cache)
	}
	cache.Put(key, v)
	return v
}

func main() {
	c := NewLRU(3)
	var evicted []string
	c.OnEvict = func(k string, v int) { evicted = append(evicted, fmt.Sprintf("%s(%d)", k, v)) }
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c)
	c.Get("a")
	c.Put("d", 4)
	fmt.Println(c, evicted)
	c.Put("c", 30)
	c.Put("e", 5)
	fmt.Println(c, evicted)
	for _, k := range []string{"a", "b", "c", "d", "e"} {
		v, ok := c.Get(k)
		fmt.Printf("%s:%d,%t ", k, v, ok)
	}
	fmt.Println()
	fmt.Printf("hits=%d misses=%d\n", c.hits, c.misses)

	fc := NewLRU(4)
	fmt.Println(fib(40, fc), fc.hits, fc.misses, fc.ll.Len())

	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
}
