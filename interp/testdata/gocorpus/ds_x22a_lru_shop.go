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
	cap     int
	ll      *list.List
	items   map[K]*list.Element
	hits    int
	miss    int
	onEvict func(K, V)
}

func NewLRU[K comparable, V any](cap int, onEvict func(K, V)) *LRU[K, V] {
	return &LRU[K, V]{cap: cap, ll: list.New(), items: map[K]*list.Element{}, onEvict: onEvict}
}

func (c *LRU[K, V]) Get(k K) (v V, ok bool) {
	if e, found := c.items[k]; found {
		c.ll.MoveToFront(e)
		c.hits++
		return e.Value.(*entry[K, V]).val, true
	}
	c.miss++
	return
}

func (c *LRU[K, V]) Put(k K, v V) {
	if e, found := c.items[k]; found {
		e.Value.(*entry[K, V]).val = v
		c.ll.MoveToFront(e)
		return
	}
	c.items[k] = c.ll.PushFront(&entry[K, V]{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		en := c.ll.Remove(last).(*entry[K, V])
		delete(c.items, en.key)
		if c.onEvict != nil {
			c.onEvict(en.key, en.val)
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

type Price struct {
	Cents int
	Cur   string
}

func (p Price) String() string { return fmt.Sprintf("%d.%02d %s", p.Cents/100, p.Cents%100, p.Cur) }

func main() {
	var evicted []string
	cache := NewLRU(3, func(k string, v Price) { evicted = append(evicted, k+"="+v.String()) })
	catalog := map[string]Price{"sword": {1999, "GP"}, "shield": {1250, "GP"}, "potion": {99, "GP"}, "bow": {1500, "GP"}, "arrow": {5, "GP"}}
	lookup := func(item string) Price {
		if p, ok := cache.Get(item); ok {
			return p
		}
		p := catalog[item]
		cache.Put(item, p)
		return p
	}
	for _, q := range strings.Fields("sword potion sword bow shield potion arrow sword bow bow") {
		p := lookup(q)
		fmt.Printf("%-7s %-10v cache=%v\n", q, p, cache.Keys())
	}
	fmt.Println("hits", cache.hits, "misses", cache.miss)
	fmt.Println("evicted:", evicted)
	ic := NewLRU[int, []int](2, nil)
	ic.Put(1, []int{1})
	ic.Put(2, []int{2, 2})
	ic.Get(1)
	ic.Put(3, nil)
	fmt.Println(ic.Keys(), len(ic.items))
}
