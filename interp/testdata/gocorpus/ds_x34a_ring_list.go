package main

import (
	"container/list"
	"container/ring"
	"fmt"
	"strings"
)

type LRU struct {
	cap   int
	ll    *list.List
	items map[string]*list.Element
}

type entry struct {
	key string
	val int
}

func NewLRU(n int) *LRU {
	return &LRU{cap: n, ll: list.New(), items: make(map[string]*list.Element)}
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
		c.ll.Remove(last)
		delete(c.items, last.Value.(*entry).key)
		fmt.Println("evict", last.Value.(*entry).key)
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

func main() {
	c := NewLRU(3)
	for i, k := range []string{"a", "b", "c", "a", "d", "b", "e"} {
		if v, ok := c.Get(k); ok {
			fmt.Println("hit", k, v)
			continue
		}
		c.Put(k, i)
	}
	fmt.Println(c)

	l := list.New()
	l.PushBack(2)
	l.PushBack(4)
	front := l.PushFront(1)
	l.InsertAfter(3, front.Next())
	other := list.New()
	other.PushBack(9)
	other.PushBack(10)
	l.PushBackList(other)
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println("len", l.Len())

	// Josephus problem with a ring
	r := ring.New(7)
	for i := 1; i <= r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	r = r.Prev()
	var order []int
	for r.Len() > 1 {
		removed := r.Unlink(1) // skip one, remove the next... step 2
		order = append(order, removed.Value.(int))
		r = r.Next()
	}
	fmt.Println("elimination:", order, "survivor:", r.Value)

	// moving average with a ring buffer
	window := ring.New(3)
	for _, x := range []float64{10, 20, 30, 40, 50} {
		window.Value = x
		window = window.Next()
		sum, n := 0.0, 0
		window.Do(func(v any) {
			if v != nil {
				sum += v.(float64)
				n++
			}
		})
		fmt.Printf("x=%.0f avg=%.2f\n", x, sum/float64(n))
	}
	a := ring.New(2)
	a.Value, a.Next().Value = "A1", "A2"
	b := ring.New(2)
	b.Value, b.Next().Value = "B1", "B2"
	a.Link(b)
	a.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println(a.Len())
}
