package main

import (
	"container/heap"
	"container/list"
	"fmt"
	"strings"
)

// Deque is a typed wrapper around container/list.
type Deque[T any] struct {
	l list.List
}

func (d *Deque[T]) PushFront(v T) { d.l.PushFront(v) }
func (d *Deque[T]) PushBack(v T)  { d.l.PushBack(v) }
func (d *Deque[T]) Len() int      { return d.l.Len() }

func (d *Deque[T]) PopFront() (T, bool) {
	var zero T
	e := d.l.Front()
	if e == nil {
		return zero, false
	}
	return d.l.Remove(e).(T), true
}

func (d *Deque[T]) PopBack() (T, bool) {
	var zero T
	e := d.l.Back()
	if e == nil {
		return zero, false
	}
	return d.l.Remove(e).(T), true
}

func (d *Deque[T]) All() func(func(T) bool) {
	return func(yield func(T) bool) {
		for e := d.l.Front(); e != nil; e = e.Next() {
			if !yield(e.Value.(T)) {
				return
			}
		}
	}
}

type Task struct {
	Name     string
	Priority int
	index    int
}

type PQ []*Task

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	if pq[i].Priority == pq[j].Priority {
		return pq[i].Name < pq[j].Name
	}
	return pq[i].Priority > pq[j].Priority
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index, pq[j].index = i, j
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
	*pq = old[:n-1]
	t.index = -1
	return t
}

func isPalindrome(s string) bool {
	var d Deque[rune]
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' {
			d.PushBack(r)
		}
	}
	for d.Len() > 1 {
		f, _ := d.PopFront()
		b, _ := d.PopBack()
		if f != b {
			return false
		}
	}
	return true
}

func main() {
	var d Deque[string]
	d.PushBack("b")
	d.PushFront("a")
	d.PushBack("c")
	for v := range d.All() {
		fmt.Print(v, " ")
	}
	fmt.Println(d.Len())
	for _, s := range []string{"A man, a plan, a canal: Panama", "gopher", "Was it a car or a cat I saw?"} {
		fmt.Printf("%q palindrome=%v\n", s, isPalindrome(s))
	}
	var empty Deque[float64]
	v, ok := empty.PopBack()
	fmt.Println(v, ok)

	tasks := map[string]int{"write": 2, "test": 3, "deploy": 1, "review": 3, "lunch": 5}
	pq := PQ{}
	byName := map[string]*Task{}
	for _, name := range []string{"write", "test", "deploy", "review", "lunch"} {
		t := &Task{Name: name, Priority: tasks[name]}
		byName[name] = t
		heap.Push(&pq, t)
	}
	byName["deploy"].Priority = 4
	heap.Fix(&pq, byName["deploy"].index)
	heap.Remove(&pq, byName["lunch"].index)
	for pq.Len() > 0 {
		t := heap.Pop(&pq).(*Task)
		fmt.Printf("%s(%d) ", t.Name, t.Priority)
	}
	fmt.Println()
}
