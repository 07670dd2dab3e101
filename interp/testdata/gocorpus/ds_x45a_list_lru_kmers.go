package main

import (
	"container/list"
	"container/ring"
	"fmt"
)

type entry struct {
	key   string
	value int
}

type LRU struct {
	cap   int
	ll    *list.List
	items map[string]*list.Element
	hits  int
	miss  int
}

func NewLRU(n int) *LRU {
	return &LRU{cap: n, ll: list.New(), items: map[string]*list.Element{}}
}

func (c *LRU) Get(k string, compute func(string) int) int {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		c.hits++
		return e.Value.(*entry).value
	}
	c.miss++
	v := compute(k)
	e := c.ll.PushFront(&entry{k, v})
	c.items[k] = e
	if c.ll.Len() > c.cap {
		old := c.ll.Back()
		c.ll.Remove(old)
		delete(c.items, old.Value.(*entry).key)
	}
	return v
}

func (c *LRU) Keys() []string {
	var ks []string
	for e := c.ll.Front(); e != nil; e = e.Next() {
		ks = append(ks, e.Value.(*entry).key)
	}
	return ks
}

func gcCount(s string) int {
	n := 0
	for _, c := range s {
		if c == 'G' || c == 'C' {
			n++
		}
	}
	return n
}

func main() {
	cache := NewLRU(4)
	seq := "ACGTACGTGGCCACGTAC"
	for i := 0; i+4 <= len(seq); i++ {
		k := seq[i : i+4]
		v := cache.Get(k, gcCount)
		fmt.Printf("%s gc=%d cache=%v\n", k, v, cache.Keys())
	}
	fmt.Printf("hits=%d misses=%d\n", cache.hits, cache.miss)

	// circular genome: read across the origin with a ring
	genome := "ATGCCGTA"
	r := ring.New(len(genome))
	for i := 0; i < len(genome); i++ {
		r.Value = genome[i]
		r = r.Next()
	}
	for start := 5; start < 8; start++ {
		p := r.Move(start)
		var out []byte
		for range 6 {
			out = append(out, p.Value.(byte))
			p = p.Next()
		}
		fmt.Printf("from %d: %s\n", start, out)
	}
	sum := 0
	r.Do(func(v any) {
		if v.(byte) == 'G' || v.(byte) == 'C' {
			sum++
		}
	})
	fmt.Println("ring GC:", sum, "len", r.Len())
}
