package main

import (
	"container/list"
	"errors"
	"fmt"
	"strings"
)

type lfuEntry struct {
	key, val string
	freq     int
}

type LFU struct {
	capacity int
	minFreq  int
	items    map[string]*list.Element
	freqs    map[int]*list.List
}

var ErrMiss = errors.New("cache miss")

func NewLFU(capacity int) *LFU {
	return &LFU{capacity: capacity, items: map[string]*list.Element{}, freqs: map[int]*list.List{}}
}

func (c *LFU) bucket(f int) *list.List {
	l, ok := c.freqs[f]
	if !ok {
		l = list.New()
		c.freqs[f] = l
	}
	return l
}

func (c *LFU) touch(el *list.Element) *list.Element {
	e := el.Value.(*lfuEntry)
	old := c.freqs[e.freq]
	old.Remove(el)
	if old.Len() == 0 {
		delete(c.freqs, e.freq)
		if c.minFreq == e.freq {
			c.minFreq++
		}
	}
	e.freq++
	nel := c.bucket(e.freq).PushFront(e)
	c.items[e.key] = nel
	return nel
}

func (c *LFU) Get(k string) (string, error) {
	el, ok := c.items[k]
	if !ok {
		return "", fmt.Errorf("get %q: %w", k, ErrMiss)
	}
	el = c.touch(el)
	return el.Value.(*lfuEntry).val, nil
}

func (c *LFU) Put(k, v string) (evicted string) {
	if c.capacity == 0 {
		return ""
	}
	if el, ok := c.items[k]; ok {
		el.Value.(*lfuEntry).val = v
		c.touch(el)
		return ""
	}
	if len(c.items) >= c.capacity {
		l := c.freqs[c.minFreq]
		victim := l.Back()
		l.Remove(victim)
		if l.Len() == 0 {
			delete(c.freqs, c.minFreq)
		}
		evicted = victim.Value.(*lfuEntry).key
		delete(c.items, evicted)
	}
	c.minFreq = 1
	c.items[k] = c.bucket(1).PushFront(&lfuEntry{key: k, val: v, freq: 1})
	return evicted
}

func (c *LFU) Dump() string {
	var parts []string
	for f := 1; f <= 10; f++ {
		l, ok := c.freqs[f]
		if !ok {
			continue
		}
		var ks []string
		for e := l.Front(); e != nil; e = e.Next() {
			ks = append(ks, e.Value.(*lfuEntry).key)
		}
		parts = append(parts, fmt.Sprintf("f%d:%s", f, strings.Join(ks, ",")))
	}
	return fmt.Sprintf("min=%d %s", c.minFreq, strings.Join(parts, " "))
}

func main() {
	c := NewLFU(3)
	fmt.Printf("evict=%q\n", c.Put("a", "A"))
	c.Put("b", "B")
	c.Put("c", "C")
	c.Get("a")
	c.Get("a")
	c.Get("b")
	fmt.Println(c.Dump())
	fmt.Printf("evict=%q\n", c.Put("d", "D"))
	fmt.Println(c.Dump())
	fmt.Printf("evict=%q\n", c.Put("e", "E"))
	for _, k := range []string{"a", "b", "c", "d", "e"} {
		v, err := c.Get(k)
		if err != nil {
			fmt.Println(" ", err, errors.Is(err, ErrMiss))
			continue
		}
		fmt.Println(" ", k, "=", v)
	}
	c.Put("b", "B2")
	fmt.Println(c.Dump())
	z := NewLFU(0)
	fmt.Printf("%q %d\n", z.Put("x", "y"), len(z.items))
}
