package main

import (
	"container/list"
	"container/ring"
	"fmt"
	"strings"
)

type History struct {
	l   *list.List
	max int
}

func NewHistory(n int) *History { return &History{list.New(), n} }

func (h *History) Visit(url string) {
	for e := h.l.Front(); e != nil; e = e.Next() {
		if e.Value.(string) == url {
			h.l.MoveToFront(e)
			return
		}
	}
	h.l.PushFront(url)
	if h.l.Len() > h.max {
		h.l.Remove(h.l.Back())
	}
}

func (h *History) String() string {
	var parts []string
	for e := h.l.Front(); e != nil; e = e.Next() {
		parts = append(parts, e.Value.(string))
	}
	return strings.Join(parts, " | ")
}

func main() {
	h := NewHistory(3)
	for _, u := range []string{"a.com", "b.com", "c.com", "a.com", "d.com", "b.com"} {
		h.Visit(u)
		fmt.Println(h)
	}
	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i * i
		r = r.Next()
	}
	var vals []any
	r.Do(func(v any) { vals = append(vals, v) })
	fmt.Println(vals)
	r = r.Move(2)
	fmt.Println(r.Value, r.Prev().Value)
	dq := list.New()
	dq.PushBack(1)
	dq.PushFront(0)
	dq.PushBack(2)
	mid := dq.Front().Next()
	dq.InsertAfter(1.5, mid)
	for e := dq.Back(); e != nil; e = e.Prev() {
		fmt.Printf("%v(%T) ", e.Value, e.Value)
	}
	fmt.Println(dq.Len())
}
