package main

import (
	"fmt"
	"strings"
)

type entry[K comparable, V any] struct {
	key        K
	val        V
	prev, next *entry[K, V]
}

type LRU[K comparable, V any] struct {
	cap     int
	items   map[K]*entry[K, V]
	head    entry[K, V]
	onEvict func(K, V)
}

func NewLRU[K comparable, V any](capacity int, onEvict func(K, V)) *LRU[K, V] {
	l := &LRU[K, V]{cap: capacity, items: make(map[K]*entry[K, V]), onEvict: onEvict}
	l.head.next = &l.head
	l.head.prev = &l.head
	return l
}

func (l *LRU[K, V]) unlink(e *entry[K, V]) {
	e.prev.next = e.next
	e.next.prev = e.prev
}

func (l *LRU[K, V]) pushFront(e *entry[K, V]) {
	e.next = l.head.next
	e.prev = &l.head
	l.head.next.prev = e
	l.head.next = e
}

func (l *LRU[K, V]) Get(k K) (V, bool) {
	if e, ok := l.items[k]; ok {
		l.unlink(e)
		l.pushFront(e)
		return e.val, true
	}
	var zero V
	return zero, false
}

func (l *LRU[K, V]) Put(k K, v V) {
	if e, ok := l.items[k]; ok {
		e.val = v
		l.unlink(e)
		l.pushFront(e)
		return
	}
	e := &entry[K, V]{key: k, val: v}
	l.items[k] = e
	l.pushFront(e)
	if len(l.items) > l.cap {
		last := l.head.prev
		l.unlink(last)
		delete(l.items, last.key)
		if l.onEvict != nil {
			l.onEvict(last.key, last.val)
		}
	}
}

func (l *LRU[K, V]) Keys() []K {
	var ks []K
	for e := l.head.next; e != &l.head; e = e.next {
		ks = append(ks, e.key)
	}
	return ks
}

func fibMemo(cache *LRU[int, int], n int) int {
	if n < 2 {
		return n
	}
	if v, ok := cache.Get(n); ok {
		return v
	}
	v := fibMemo(cache, n-1) + fibMemo(cache, n-2)
	cache.Put(n, v)
	return v
}

func main() {
	var evicted []string
	c := NewLRU(3, func(k string, v []byte) { evicted = append(evicted, k+"="+string(v)) })
	for _, kv := range strings.Fields("a:1 b:2 c:3 a:4 d:5 e:6") {
		k, v, _ := strings.Cut(kv, ":")
		c.Put(k, []byte(v))
	}
	v, ok := c.Get("a")
	fmt.Printf("%s %v %q\n", v, ok, c.Keys())
	_, ok = c.Get("b")
	fmt.Println(ok, evicted)
	memo := NewLRU[int, int](10, nil)
	fmt.Println(fibMemo(memo, 60), len(memo.items), memo.Keys()[:3])
}
