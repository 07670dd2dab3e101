package main

import (
	"container/heap"
	"container/list"
	"container/ring"
	"fmt"
)

type Order struct {
	ID       int
	Customer string
	Priority int
	index    int
}

type OrderQueue []*Order

func (q OrderQueue) Len() int { return len(q) }
func (q OrderQueue) Less(i, j int) bool {
	if q[i].Priority != q[j].Priority {
		return q[i].Priority > q[j].Priority
	}
	return q[i].ID < q[j].ID
}
func (q OrderQueue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *OrderQueue) Push(x any) {
	o := x.(*Order)
	o.index = len(*q)
	*q = append(*q, o)
}
func (q *OrderQueue) Pop() any {
	old := *q
	n := len(old)
	o := old[n-1]
	old[n-1] = nil
	o.index = -1
	*q = old[:n-1]
	return o
}

func (q *OrderQueue) Bump(o *Order, prio int) {
	o.Priority = prio
	heap.Fix(q, o.index)
}

type LRU struct {
	cap   int
	ll    *list.List
	items map[string]*list.Element
}

type entry struct {
	key string
	val int
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
	}
}

func main() {
	q := &OrderQueue{}
	heap.Init(q)
	orders := []*Order{{ID: 1, Customer: "ann", Priority: 2}, {ID: 2, Customer: "bob", Priority: 5},
		{ID: 3, Customer: "cy", Priority: 2}, {ID: 4, Customer: "di", Priority: 1}}
	for _, o := range orders {
		heap.Push(q, o)
	}
	q.Bump(orders[3], 9)
	for q.Len() > 0 {
		o := heap.Pop(q).(*Order)
		fmt.Printf("ship #%d to %-4s prio=%d\n", o.ID, o.Customer, o.Priority)
	}

	c := &LRU{cap: 2, ll: list.New(), items: map[string]*list.Element{}}
	c.Put("a", 1)
	c.Put("b", 2)
	c.Get("a")
	c.Put("c", 3)
	for _, k := range []string{"a", "b", "c"} {
		v, ok := c.Get(k)
		fmt.Println(k, v, ok)
	}
	for e := c.ll.Front(); e != nil; e = e.Next() {
		fmt.Printf("%+v ", *e.Value.(*entry))
	}
	fmt.Println()

	shifts := ring.New(3)
	for _, name := range []string{"Ann", "Bob", "Cy"} {
		shifts.Value = name
		shifts = shifts.Next()
	}
	for day := 1; day <= 5; day++ {
		fmt.Printf("day %d: %v\n", day, shifts.Value)
		shifts = shifts.Next()
	}
	shifts.Do(func(v any) { fmt.Print(v, ";") })
	fmt.Println(shifts.Len())
}
