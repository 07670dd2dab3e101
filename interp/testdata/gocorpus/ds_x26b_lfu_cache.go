package main

import (
	"container/list"
	"fmt"
)

type item struct {
	key, val int
	freq     int
}

type LFUCache struct {
	capacity int
	minFreq  int
	keys     map[int]*list.Element
	freqs    map[int]*list.List
}

func Constructor(capacity int) LFUCache {
	return LFUCache{capacity: capacity, keys: map[int]*list.Element{}, freqs: map[int]*list.List{}}
}

func (c *LFUCache) bump(e *list.Element) {
	it := e.Value.(*item)
	old := c.freqs[it.freq]
	old.Remove(e)
	if old.Len() == 0 {
		delete(c.freqs, it.freq)
		if c.minFreq == it.freq {
			c.minFreq++
		}
	}
	it.freq++
	c.keys[it.key] = c.listFor(it.freq).PushFront(it)
}

func (c *LFUCache) listFor(f int) *list.List {
	l, ok := c.freqs[f]
	if !ok {
		l = list.New()
		c.freqs[f] = l
	}
	return l
}

func (c *LFUCache) Get(key int) int {
	e, ok := c.keys[key]
	if !ok {
		return -1
	}
	c.bump(e)
	return e.Value.(*item).val
}

func (c *LFUCache) Put(key, value int) {
	if c.capacity == 0 {
		return
	}
	if e, ok := c.keys[key]; ok {
		e.Value.(*item).val = value
		c.bump(e)
		return
	}
	if len(c.keys) >= c.capacity {
		l := c.freqs[c.minFreq]
		victim := l.Remove(l.Back()).(*item)
		delete(c.keys, victim.key)
		if l.Len() == 0 {
			delete(c.freqs, c.minFreq)
		}
		fmt.Printf("  evict %d (freq %d)\n", victim.key, victim.freq)
	}
	c.minFreq = 1
	c.keys[key] = c.listFor(1).PushFront(&item{key, value, 1})
}

func main() {
	c := Constructor(2)
	ops := []struct {
		op   string
		k, v int
	}{
		{"put", 1, 1}, {"put", 2, 2}, {"get", 1, 0}, {"put", 3, 3}, {"get", 2, 0},
		{"get", 3, 0}, {"put", 4, 4}, {"get", 1, 0}, {"get", 3, 0}, {"get", 4, 0},
		{"put", 3, 30}, {"put", 5, 5}, {"get", 3, 0}, {"get", 4, 0},
	}
	for _, o := range ops {
		switch o.op {
		case "put":
			c.Put(o.k, o.v)
			fmt.Printf("put(%d,%d)\n", o.k, o.v)
		case "get":
			fmt.Printf("get(%d) = %d\n", o.k, c.Get(o.k))
		}
	}
	fmt.Println("minFreq", c.minFreq, "size", len(c.keys), "buckets", len(c.freqs))
	z := Constructor(0)
	z.Put(1, 1)
	fmt.Println(z.Get(1))
}
