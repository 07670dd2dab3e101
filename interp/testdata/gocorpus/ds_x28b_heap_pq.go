package main

import (
	"container/heap"
	"container/list"
	"container/ring"
	"fmt"
	"strings"
)

// Priority queue with container/heap: the common mistake is forgetting to keep
// each item's index up to date, which breaks heap.Fix / heap.Remove.

type Task struct {
	name     string
	priority int
	index    int
}

type PQ []*Task

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	if pq[i].priority != pq[j].priority {
		return pq[i].priority > pq[j].priority
	}
	return pq[i].name < pq[j].name
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x any) {
	t := x.(*Task)
	t.index = len(*pq)
	*pq = append(*pq, t)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	t := old[n-1]
	old[n-1] = nil // avoid memory leak
	t.index = -1
	*pq = old[:n-1]
	return t
}

func (pq *PQ) update(t *Task, priority int) {
	t.priority = priority
	heap.Fix(pq, t.index)
}

// An LRU cache with container/list.
type LRU struct {
	cap   int
	ll    *list.List
	items map[string]*list.Element
}

type entry struct {
	key string
	val int
}

func NewLRU(n int) *LRU { return &LRU{cap: n, ll: list.New(), items: map[string]*list.Element{}} }

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

func (c *LRU) Keys() string {
	var sb strings.Builder
	for e := c.ll.Front(); e != nil; e = e.Next() {
		sb.WriteString(e.Value.(*entry).key)
	}
	return sb.String()
}

func main() {
	tasks := map[string]*Task{}
	pq := &PQ{}
	heap.Init(pq)
	for i, name := range []string{"write", "test", "deploy", "review", "lint"} {
		t := &Task{name: name, priority: (i * 7) % 5}
		tasks[name] = t
		heap.Push(pq, t)
	}
	pq.update(tasks["lint"], 10)
	removed := heap.Remove(pq, tasks["test"].index).(*Task)
	fmt.Println("removed:", removed.name, removed.index)
	for pq.Len() > 0 {
		t := heap.Pop(pq).(*Task)
		fmt.Printf("%s(%d) ", t.name, t.priority)
	}
	fmt.Println()

	c := NewLRU(3)
	for i, k := range []string{"a", "b", "c", "a", "d", "b", "e"} {
		if _, ok := c.Get(k); !ok {
			c.Put(k, i)
		}
		fmt.Print(c.Keys(), " ")
	}
	fmt.Println()
	v, ok := c.Get("a")
	fmt.Println(v, ok)

	r := ring.New(4)
	for i := range r.Len() {
		r.Value = i * i
		r = r.Next()
	}
	sum := 0
	r.Do(func(x any) { sum += x.(int) })
	r = r.Move(2)
	fmt.Println("ring sum:", sum, "at:", r.Value)
}
