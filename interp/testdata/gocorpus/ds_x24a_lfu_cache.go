package main

import (
	"container/list"
	"fmt"
)

type lfuEntry struct {
	key, val int
	freq     int
	elem     *list.Element
}

type LFU struct {
	cap     int
	minFreq int
	entries map[int]*lfuEntry
	buckets map[int]*list.List
}

func NewLFU(c int) *LFU {
	return &LFU{cap: c, entries: map[int]*lfuEntry{}, buckets: map[int]*list.List{}}
}

func (c *LFU) bucket(f int) *list.List {
	b, ok := c.buckets[f]
	if !ok {
		b = list.New()
		c.buckets[f] = b
	}
	return b
}

func (c *LFU) touch(e *lfuEntry) {
	b := c.buckets[e.freq]
	b.Remove(e.elem)
	if b.Len() == 0 {
		delete(c.buckets, e.freq)
		if c.minFreq == e.freq {
			c.minFreq++
		}
	}
	e.freq++
	e.elem = c.bucket(e.freq).PushFront(e)
}

func (c *LFU) Get(k int) int {
	e, ok := c.entries[k]
	if !ok {
		return -1
	}
	c.touch(e)
	return e.val
}

func (c *LFU) Put(k, v int) (evicted int, did bool) {
	if c.cap == 0 {
		return
	}
	if e, ok := c.entries[k]; ok {
		e.val = v
		c.touch(e)
		return
	}
	if len(c.entries) == c.cap {
		b := c.buckets[c.minFreq]
		victim := b.Remove(b.Back()).(*lfuEntry)
		if b.Len() == 0 {
			delete(c.buckets, c.minFreq)
		}
		delete(c.entries, victim.key)
		evicted, did = victim.key, true
	}
	e := &lfuEntry{key: k, val: v, freq: 1}
	e.elem = c.bucket(1).PushFront(e)
	c.entries[k] = e
	c.minFreq = 1
	return
}

func (c *LFU) Freqs() map[int]int {
	m := map[int]int{}
	for k, e := range c.entries {
		m[k] = e.freq
	}
	return m
}

func main() {
	c := NewLFU(3)
	type op struct {
		put  bool
		k, v int
	}
	ops := []op{{true, 1, 10}, {true, 2, 20}, {false, 1, 0}, {true, 3, 30}, {true, 4, 40},
		{false, 2, 0}, {false, 3, 0}, {false, 4, 0}, {false, 4, 0}, {true, 5, 50}, {false, 1, 0}, {true, 1, 11}, {false, 3, 0}}
	for _, o := range ops {
		if o.put {
			if ev, ok := c.Put(o.k, o.v); ok {
				fmt.Printf("put(%d,%d) evicts %d\n", o.k, o.v, ev)
			} else {
				fmt.Printf("put(%d,%d)\n", o.k, o.v)
			}
		} else {
			fmt.Printf("get(%d) = %d\n", o.k, c.Get(o.k))
		}
	}
	fmt.Println(c.Freqs(), "minFreq", c.minFreq, "buckets", len(c.buckets))
}
