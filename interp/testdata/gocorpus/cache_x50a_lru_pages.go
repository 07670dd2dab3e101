package main

import (
	"container/list"
	"fmt"
	"strings"
)

type PageID int

type page struct {
	id    PageID
	dirty bool
	data  [16]byte
}

type Disk struct {
	reads, writes int
	store         map[PageID][16]byte
}

func (d *Disk) Read(id PageID) [16]byte {
	d.reads++
	return d.store[id]
}

func (d *Disk) Write(id PageID, b [16]byte) {
	d.writes++
	d.store[id] = b
}

type PageCache struct {
	cap    int
	disk   *Disk
	ll     *list.List
	table  map[PageID]*list.Element
	hits   int
	misses int
}

func NewPageCache(capacity int, d *Disk) *PageCache {
	return &PageCache{cap: capacity, disk: d, ll: list.New(), table: map[PageID]*list.Element{}}
}

func (c *PageCache) fetch(id PageID) *page {
	if e, ok := c.table[id]; ok {
		c.hits++
		c.ll.MoveToFront(e)
		return e.Value.(*page)
	}
	c.misses++
	if c.ll.Len() >= c.cap {
		victim := c.ll.Back()
		vp := c.ll.Remove(victim).(*page)
		delete(c.table, vp.id)
		if vp.dirty {
			c.disk.Write(vp.id, vp.data)
		}
	}
	p := &page{id: id, data: c.disk.Read(id)}
	c.table[id] = c.ll.PushFront(p)
	return p
}

func (c *PageCache) Peek(id PageID, off int) byte { return c.fetch(id).data[off] }

func (c *PageCache) Poke(id PageID, off int, b byte) {
	p := c.fetch(id)
	p.data[off] = b
	p.dirty = true
}

func (c *PageCache) Flush() {
	for e := c.ll.Front(); e != nil; e = e.Next() {
		if p := e.Value.(*page); p.dirty {
			c.disk.Write(p.id, p.data)
			p.dirty = false
		}
	}
}

func (c *PageCache) String() string {
	var parts []string
	for e := c.ll.Front(); e != nil; e = e.Next() {
		p := e.Value.(*page)
		s := fmt.Sprint(p.id)
		if p.dirty {
			s += "*"
		}
		parts = append(parts, s)
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	d := &Disk{store: map[PageID][16]byte{}}
	for i := PageID(0); i < 8; i++ {
		var b [16]byte
		for j := range b {
			b[j] = byte(int(i)*16 + j)
		}
		d.store[i] = b
	}
	c := NewPageCache(3, d)
	trace := []PageID{0, 1, 2, 0, 3, 0, 4, 1, 2, 5, 0, 0, 6}
	for i, id := range trace {
		if i%3 == 0 {
			c.Poke(id, i%16, 0xff)
		} else {
			_ = c.Peek(id, 1)
		}
		fmt.Printf("step %2d page %d -> %v\n", i, id, c)
	}
	c.Flush()
	fmt.Printf("hits=%d misses=%d ratio=%.2f disk reads=%d writes=%d\n",
		c.hits, c.misses, float64(c.hits)/float64(c.hits+c.misses), d.reads, d.writes)
	fmt.Printf("page0=% x\n", d.store[0])
	p3 := d.store[3]
	fmt.Printf("page3=%v\n", p3[:4])
}
