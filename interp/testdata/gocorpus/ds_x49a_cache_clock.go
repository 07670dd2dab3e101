package main

import (
	"container/list"
	"fmt"
	"time"
)

type Clock interface{ Now() time.Time }

type manualClock struct{ t time.Time }

func (m *manualClock) Now() time.Time      { return m.t }
func (m *manualClock) Add(d time.Duration) { m.t = m.t.Add(d) }
func (m *manualClock) String() string      { return m.t.Format("15:04:05") }
func (m *manualClock) Set(h, mi, s int) Clock {
	m.t = time.Date(2023, 1, 1, h, mi, s, 0, time.UTC)
	return m
}

type entry struct {
	key     string
	val     int
	expires time.Time
}

type LRU struct {
	clock Clock
	ttl   time.Duration
	cap   int
	ll    *list.List
	idx   map[string]*list.Element
}

func NewLRU(c Clock, capacity int, ttl time.Duration) *LRU {
	return &LRU{clock: c, ttl: ttl, cap: capacity, ll: list.New(), idx: make(map[string]*list.Element)}
}

func (l *LRU) Put(k string, v int) {
	if e, ok := l.idx[k]; ok {
		en := e.Value.(*entry)
		en.val, en.expires = v, l.clock.Now().Add(l.ttl)
		l.ll.MoveToFront(e)
		return
	}
	l.idx[k] = l.ll.PushFront(&entry{k, v, l.clock.Now().Add(l.ttl)})
	if l.ll.Len() > l.cap {
		last := l.ll.Back()
		l.ll.Remove(last)
		delete(l.idx, last.Value.(*entry).key)
	}
}

func (l *LRU) Get(k string) (int, bool) {
	e, ok := l.idx[k]
	if !ok {
		return 0, false
	}
	en := e.Value.(*entry)
	if !l.clock.Now().Before(en.expires) {
		l.ll.Remove(e)
		delete(l.idx, k)
		return 0, false
	}
	l.ll.MoveToFront(e)
	return en.val, true
}

func (l *LRU) Keys() []string {
	var ks []string
	for e := l.ll.Front(); e != nil; e = e.Next() {
		ks = append(ks, e.Value.(*entry).key)
	}
	return ks
}

func main() {
	clk := &manualClock{}
	clk.Set(9, 0, 0)
	c := NewLRU(clk, 3, time.Minute)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	c.Get("a")
	c.Put("d", 4)
	fmt.Println(clk, c.Keys())
	type check struct {
		key  string
		want int
		ok   bool
	}
	run := func(label string, checks []check) {
		for _, ch := range checks {
			v, ok := c.Get(ch.key)
			res := "PASS"
			if v != ch.want || ok != ch.ok {
				res = "FAIL"
			}
			fmt.Printf("%s %s Get(%s) = %d, %v\n", res, label, ch.key, v, ok)
		}
	}
	run("t0", []check{{"b", 0, false}, {"a", 1, true}, {"d", 4, true}})
	clk.Add(30 * time.Second)
	c.Put("c", 33)
	clk.Add(45 * time.Second)
	fmt.Println(clk, c.Keys())
	run("t75", []check{{"a", 0, false}, {"c", 33, true}, {"d", 0, false}})
	fmt.Println(c.Keys(), len(c.idx))
}
