package main

import (
	"container/list"
	"fmt"
	"strings"
)

type Clock interface{ Now() int64 }

type FakeClock struct{ t int64 }

func (c *FakeClock) Now() int64      { return c.t }
func (c *FakeClock) Advance(d int64) { c.t += d }

type entry[K comparable, V any] struct {
	key     K
	val     V
	expires int64
}

type Cache[K comparable, V any] struct {
	cap   int
	ttl   int64
	clock Clock
	ll    *list.List
	items map[K]*list.Element
	Stats struct{ Hits, Misses, Evictions, Expired int }
}

func New[K comparable, V any](cap int, ttl int64, c Clock) *Cache[K, V] {
	return &Cache[K, V]{cap: cap, ttl: ttl, clock: c, ll: list.New(), items: make(map[K]*list.Element)}
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	if el, ok := c.items[k]; ok {
		e := el.Value.(*entry[K, V])
		if c.clock.Now() < e.expires {
			c.ll.MoveToFront(el)
			c.Stats.Hits++
			return e.val, true
		}
		c.ll.Remove(el)
		delete(c.items, k)
		c.Stats.Expired++
	}
	c.Stats.Misses++
	var zero V
	return zero, false
}

func (c *Cache[K, V]) Put(k K, v V) {
	if el, ok := c.items[k]; ok {
		e := el.Value.(*entry[K, V])
		e.val, e.expires = v, c.clock.Now()+c.ttl
		c.ll.MoveToFront(el)
		return
	}
	if c.ll.Len() >= c.cap {
		old := c.ll.Back()
		c.ll.Remove(old)
		delete(c.items, old.Value.(*entry[K, V]).key)
		c.Stats.Evictions++
	}
	c.items[k] = c.ll.PushFront(&entry[K, V]{k, v, c.clock.Now() + c.ttl})
}

func (c *Cache[K, V]) Keys() []K {
	var ks []K
	for el := c.ll.Front(); el != nil; el = el.Next() {
		ks = append(ks, el.Value.(*entry[K, V]).key)
	}
	return ks
}

func main() {
	clk := &FakeClock{}
	c := New[string, int](3, 10, clk)
	ops := "put a 1;put b 2;get a;put c 3;put d 4;get b;tick 5;get a;put a 11;tick 6;get c;get a;get d;tick 20;get a"
	for _, op := range strings.Split(ops, ";") {
		var cmd, k string
		var v int
		fmt.Sscan(op, &cmd, &k, &v)
		switch cmd {
		case "put":
			c.Put(k, v)
		case "get":
			val, ok := c.Get(k)
			fmt.Printf("t=%2d get %s -> %d %t\n", clk.Now(), k, val, ok)
		case "tick":
			var d int64
			fmt.Sscan(k, &d)
			clk.Advance(d)
		}
	}
	fmt.Println(c.Keys())
	fmt.Printf("%+v\n", c.Stats)
}
