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
	index map[K]*list.Element
	evict func(K, V)
}

func NewLRU[K comparable, V any](n int, evict func(K, V)) *LRU[K, V] {
	return &LRU[K, V]{cap: n, ll: list.New(), index: make(map[K]*list.Element), evict: evict}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	if e, ok := c.index[k]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*entry[K, V]).val, true
	}
	var zero V
	return zero, false
}

func (c *LRU[K, V]) Put(k K, v V) {
	if e, ok := c.index[k]; ok {
		e.Value.(*entry[K, V]).val = v
		c.ll.MoveToFront(e)
		return
	}
	c.index[k] = c.ll.PushFront(&entry[K, V]{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		en := c.ll.Remove(last).(*entry[K, V])
		delete(c.index, en.key)
		if c.evict != nil {
			c.evict(en.key, en.val)
		}
	}
}

func (c *LRU[K, V]) Keys() []K {
	var ks []K
	for e := c.ll.Front(); e != nil; e = e.Next() {
		ks = append(ks, e.Value.(*entry[K, V]).key)
	}
	return ks
}

type Session struct {
	User string
	Hits int
}

func main() {
	var evicted []string
	cache := NewLRU[string, *Session](3, func(k string, s *Session) {
		evicted = append(evicted, fmt.Sprintf("%s(%d)", k, s.Hits))
	})
	log := "t1 t2 t1 t3 t4 t1 t2 t5 t1 t3"
	for _, tok := range strings.Fields(log) {
		s, ok := cache.Get(tok)
		if !ok {
			s = &Session{User: "u-" + tok}
			cache.Put(tok, s)
		}
		s.Hits++
	}
	fmt.Println("keys:", cache.Keys())
	fmt.Println("evicted:", evicted)
	if s, ok := cache.Get("t1"); ok {
		fmt.Printf("%+v\n", *s)
	}
	nums := NewLRU[int, float64](2, nil)
	nums.Put(1, 1.5)
	nums.Put(2, 2.5)
	nums.Put(1, 9)
	nums.Put(3, 3.5)
	v, ok := nums.Get(2)
	fmt.Println(nums.Keys(), v, ok)
}
