package main

import (
	"errors"
	"fmt"
)

var ErrEmpty = errors.New("container is empty")

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v ...T) { s.items = append(s.items, v...) }
func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, ErrEmpty
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}
func (s Stack[T]) Len() int { return len(s.items) }

type Queue[T any] struct {
	head, tail []T
}

func (q *Queue[T]) Enqueue(v T) { q.tail = append(q.tail, v) }
func (q *Queue[T]) Dequeue() (T, bool) {
	if len(q.head) == 0 {
		for len(q.tail) > 0 {
			n := len(q.tail) - 1
			q.head = append(q.head, q.tail[n])
			q.tail = q.tail[:n]
		}
	}
	if len(q.head) == 0 {
		var zero T
		return zero, false
	}
	n := len(q.head) - 1
	v := q.head[n]
	q.head = q.head[:n]
	return v, true
}
func (q *Queue[T]) Len() int { return len(q.head) + len(q.tail) }

type Container interface {
	Len() int
}

func report(name string, c Container) {
	fmt.Printf("%s has %d items\n", name, c.Len())
}

type pair struct {
	k string
	v int
}

func main() {
	var s Stack[string]
	s.Push("a", "b", "c")
	report("stack", s)
	for {
		v, err := s.Pop()
		if err != nil {
			fmt.Println("stop:", err)
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	q := &Queue[pair]{}
	for i, k := range []string{"x", "y", "z"} {
		q.Enqueue(pair{k, i})
	}
	v, _ := q.Dequeue()
	fmt.Println(v)
	q.Enqueue(pair{"w", 9})
	report("queue", q)
	for q.Len() > 0 {
		p, ok := q.Dequeue()
		fmt.Printf("%+v %v\n", p, ok)
	}
	_, ok := q.Dequeue()
	fmt.Println(ok)
	// BFS using the generic queue
	graph := map[int][]int{1: {2, 3}, 2: {4}, 3: {4, 5}, 4: {6}, 5: {6}, 6: nil}
	dist := map[int]int{1: 0}
	var bq Queue[int]
	bq.Enqueue(1)
	for bq.Len() > 0 {
		n, _ := bq.Dequeue()
		for _, m := range graph[n] {
			if _, seen := dist[m]; !seen {
				dist[m] = dist[n] + 1
				bq.Enqueue(m)
			}
		}
	}
	fmt.Println(dist)
	var ps Stack[*pair]
	ps.Push(&pair{"p", 1})
	top, _ := ps.Pop()
	top.v++
	fmt.Println(*top, ps.Len())
}
