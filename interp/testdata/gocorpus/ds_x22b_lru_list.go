package main

import (
	"container/list"
	"container/ring"
	"fmt"
	"strings"
)

type entry struct {
	key string
	val int
}

type LRU struct {
	cap   int
	ll    *list.List
	items map[string]*list.Element
	evict func(k string, v int)
}

func NewLRU(cap int, evict func(string, int)) *LRU {
	return &LRU{cap: cap, ll: list.New(), items: map[string]*list.Element{}, evict: evict}
}

func (c *LRU) Get(k string) (int, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*entry).val, true
	}
	return 0, false
}

func (c *LRU) Put(k string, v int) {
	if e, ok := c.items[k]; ok {
		e.Value.(*entry).val = v
		c.ll.MoveToFront(e)
		return
	}
	c.items[k] = c.ll.PushFront(&entry{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		en := c.ll.Remove(last).(*entry)
		delete(c.items, en.key)
		if c.evict != nil {
			c.evict(en.key, en.val)
		}
	}
}

func (c *LRU) String() string {
	var parts []string
	for e := c.ll.Front(); e != nil; e = e.Next() {
		en := e.Value.(*entry)
		parts = append(parts, fmt.Sprintf("%s=%d", en.key, en.val))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func marbles(players, last int) int {
	scores := make([]int, players)
	r := ring.New(1)
	r.Value = 0
	for m := 1; m <= last; m++ {
		if m%23 == 0 {
			r = r.Move(-8)
			removed := r.Unlink(1)
			scores[m%players] += m + removed.Value.(int)
			r = r.Next()
			continue
		}
		r = r.Next()
		n := ring.New(1)
		n.Value = m
		r.Link(n)
		r = n
	}
	best := 0
	for _, s := range scores {
		best = max(best, s)
	}
	return best
}

func main() {
	var evicted []string
	c := NewLRU(3, func(k string, v int) { evicted = append(evicted, fmt.Sprint(k, ":", v)) })
	for i, k := range strings.Fields("a b c a d b e a f") {
		if v, ok := c.Get(k); ok {
			c.Put(k, v*10)
		} else {
			c.Put(k, i)
		}
		fmt.Println(k, c)
	}
	fmt.Println("evicted:", evicted)
	fmt.Println(marbles(9, 25), marbles(10, 1618), marbles(13, 7999))
	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i * i
		r = r.Next()
	}
	sum := 0
	r.Do(func(v any) { sum += v.(int) })
	fmt.Println(sum)
}
