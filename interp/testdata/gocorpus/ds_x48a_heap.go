package main

import (
	"container/heap"
	"container/list"
	"fmt"
)

type Task struct {
	Name     string
	Priority int
}

type TaskQueue []Task

func (q TaskQueue) Len() int { return len(q) }
func (q TaskQueue) Less(i, j int) bool {
	if q[i].Priority == q[j].Priority {
		return q[i].Name < q[j].Name
	}
	return q[i].Priority > q[j].Priority
}
func (q TaskQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *TaskQueue) Push(x any)   { *q = append(*q, x.(Task)) }
func (q *TaskQueue) Pop() any {
	old := *q
	n := len(old)
	t := old[n-1]
	*q = old[:n-1]
	return t
}

func main() {
	q := &TaskQueue{}
	heap.Init(q)
	heap.Push(q, Task{"homework", 3})
	heap.Push(q, Task{"laundry", 1})
	heap.Push(q, Task{"exam prep", 5})
	heap.Push(q, Task{"email", 3})
	heap.Push(q, Task{"dishes", 2})
	fmt.Println("tasks:", q.Len())
	for q.Len() > 0 {
		t := heap.Pop(q).(Task)
		fmt.Printf("[%d] %s\n", t.Priority, t.Name)
	}

	l := list.New()
	for _, w := range []string{"b", "c", "d"} {
		l.PushBack(w)
	}
	l.PushFront("a")
	l.InsertAfter("c2", l.Back().Prev())
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println("len", l.Len())
	for e := l.Back(); e != nil; e = e.Prev() {
		if e.Value == "b" {
			l.Remove(e)
			break
		}
	}
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value.(string) + ",")
	}
	fmt.Println()
}
