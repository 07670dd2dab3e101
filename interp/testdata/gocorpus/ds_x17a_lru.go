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
	OnEvict func(K, V)
}

func NewLRU[K comparable, V any](n int) *LRU[K, V] {
	return &LRU[K, V]{cap: n, ll: list.New(), items: make(map[K]*list.Element)}
}

func (c *LRU[K, V]) Get(k K) (v V, ok bool) {
	if e, hit := c.items[k]; hit {
		c.ll.MoveToFront(e)
		return e.Value.(*entry[K, V]).val, true
	}
	return
}

func (c *LRU[K, V]) Put(k K, v V) {
	if e, hit := c.items[k]; hit {
		e.Value.(*entry[K, V]).val = v
		c.ll.MoveToFront(e)
		return
	}
	c.items[k] = c.ll.PushFront(&entry[K, V]{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		en := c.ll.Remove(last).(*entry[K, V])
		delete(c.items, en.key)
		if c.OnEvict != nil {
			c.OnEvict(en.key, en.val)
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
	c := NewLRU[string, int](3)
	evicted := []string{}
	c.OnEvict = func(k string, v int) { evicted = append(evicted, fmt.Sprint(k, "=", v)) }
	ops := "put a 1;put b 2;get a;put c 3;put d 4;get b;get c;put a 10;put e 5;get d;get a"
	hits, misses := 0, 0
	for _, op := range strings.Split(ops, ";") {
		f := strings.Fields(op)
		switch f[0] {
		case "put":
			var v int
			fmt.Sscan(f[2], &v)
			c.Put(f[1], v)
		case "get":
			if v, ok := c.Get(f[1]); ok {
				hits++
				fmt.Println("get", f[1], "=", v)
			} else {
				misses++
				fmt.Println("get", f[1], "miss")
			}
		}
		fmt.Printf("%-10s -> %v\n", op, c)
	}
	fmt.Println(hits, misses, evicted)
	ci := NewLRU[[2]int, bool](2)
	ci.Put([2]int{1, 2}, true)
	ci.Put([2]int{3, 4}, false)
	ci.Get([2]int{1, 2})
	ci.Put([2]int{5, 6}, true)
	fmt.Println(ci, len(ci.items))
}
