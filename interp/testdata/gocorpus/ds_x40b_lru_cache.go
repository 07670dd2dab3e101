package main

import (
	"container/list"
	"fmt"
	"strings"
)

type entry[K comparable, V any] struct {
	key K
	val V
}

type LRU[K comparable, V any] struct {
	cap   int
	ll    *list.List
	items map[K]*list.Element
	evict func(K, V)
}

func NewLRU[K comparable, V any](capacity int, onEvict func(K, V)) *LRU[K, V] {
	return &LRU[K, V]{cap: capacity, ll: list.New(), items: map[K]*list.Element{}, evict: onEvict}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*entry[K, V]).val, true
	}
	var zero V
	return zero, false
}

func (c *LRU[K, V]) Put(k K, v V) {
	if e, ok := c.items[k]; ok {
		e.Value.(*entry[K, V]).val = v
		c.ll.MoveToFront(e)
		return
	}
	c.items[k] = c.ll.PushFront(&entry[K, V]{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		ent := last.Value.(*entry[K, V])
		c.ll.Remove(last)
		delete(c.items, ent.key)
		if c.evict != nil {
			c.evict(ent.key, ent.val)
		}
	}
}

func (c *LRU[K, V]) String() string {
	var parts []string
	for e := c.ll.Front(); e != nil; e = e.Next() {
		en := e.Value.(*entry[K, V])
		parts = append(parts, fmt.Sprintf("%v:%v", en.key, en.val))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	var evicted []string
	c := NewLRU(3, func(k string, v int) { evicted = append(evicted, fmt.Sprintf("%s=%d", k, v)) })
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c)
	v, ok := c.Get("a")
	fmt.Println(v, ok, c)
	c.Put("d", 4)
	fmt.Println(c, evicted)
	c.Put("c", 30)
	c.Put("e", 5)
	fmt.Println(c, evicted)
	_, ok = c.Get("b")
	fmt.Println(ok, len(c.items))

	ci := NewLRU[int, []string](2, nil)
	ci.Put(1, []string{"x"})
	ci.Put(2, nil)
	s, _ := ci.Get(1)
	s = append(s, "y")
	ci.Put(3, s)
	fmt.Println(ci)
	fmt.Printf("%T\n", ci)
}
