// Exercises: values of named non-struct types stored by compiled code (context values, sync.Map, container/list, atomic.Value, container/heap) and asserted back
package main

import (
	"container/heap"
	"container/list"
	"context"
	"fmt"
	"sync"
	"sync/atomic"
)

type UserID string

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type ctxKey int

const userKey ctxKey = 1

type Prio int

type pq []Prio

func (q pq) Len() int           { return len(q) }
func (q pq) Less(i, j int) bool { return q[i] < q[j] }
func (q pq) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *pq) Push(x any)        { *q = append(*q, x.(Prio)) }
func (q *pq) Pop() any {
	old := *q
	x := old[len(old)-1]
	*q = old[:len(old)-1]
	return x
}

func main() {
	ctx := context.WithValue(context.Background(), userKey, UserID("ann"))
	id, ok := ctx.Value(userKey).(UserID)
	fmt.Printf("%q %v %T\n", id, ok, ctx.Value(userKey))
	_, isString := ctx.Value(userKey).(string)
	fmt.Println(isString)

	var m sync.Map
	m.Store("noon", Celsius(21.5))
	m.Store("night", Celsius(12))
	v, _ := m.Load("noon")
	c, ok := v.(Celsius)
	fmt.Println(v, c+1, ok)

	l := list.New()
	l.PushBack(Celsius(3))
	l.PushFront(UserID("bob"))
	for e := l.Front(); e != nil; e = e.Next() {
		switch x := e.Value.(type) {
		case UserID:
			fmt.Println("user", x)
		case Celsius:
			fmt.Println("temp", x)
		}
	}

	var last atomic.Value
	last.Store(Celsius(-4))
	fmt.Println(last.Load(), last.Load().(Celsius) < 0)

	q := &pq{5, 1}
	heap.Init(q)
	heap.Push(q, Prio(3))
	for q.Len() > 0 {
		fmt.Print(heap.Pop(q), " ")
	}
	fmt.Println()
}
