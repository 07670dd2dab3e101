package main

import (
	"errors"
	"fmt"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v ...T) { s.items = append(s.items, v...) }
func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, errors.New("pop from empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}
func (s *Stack[T]) Len() int { return len(s.items) }

type Frame struct {
	Node  string
	Grad  float64
	Depth int
}

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
		var z T
		return z, false
	}
	n := len(q.head) - 1
	v := q.head[n]
	q.head = q.head[:n]
	return v, true
}

func main() {
	children := map[string][]string{
		"loss":    {"softmax"},
		"softmax": {"fc2"},
		"fc2":     {"relu", "W2"},
		"relu":    {"fc1"},
		"fc1":     {"x", "W1"},
	}
	local := map[string]float64{"softmax": 0.5, "fc2": 1, "relu": 0.8, "W2": 2, "fc1": 1, "x": 0.3, "W1": 1.5}
	var st Stack[Frame]
	st.Push(Frame{"loss", 1, 0})
	for st.Len() > 0 {
		f, _ := st.Pop()
		fmt.Printf("%s%s grad=%.3f\n", strings.Repeat("  ", f.Depth), f.Node, f.Grad)
		cs := children[f.Node]
		for i := len(cs) - 1; i >= 0; i-- {
			c := cs[i]
			st.Push(Frame{c, f.Grad * local[c], f.Depth + 1})
		}
	}
	_, err := st.Pop()
	fmt.Println("err:", err)
	var q Queue[string]
	q.Enqueue("loss")
	var order []string
	for {
		n, ok := q.Dequeue()
		if !ok {
			break
		}
		order = append(order, n)
		for _, c := range children[n] {
			q.Enqueue(c)
		}
	}
	fmt.Println(strings.Join(order, " > "))
	var ints Stack[int]
	ints.Push(1, 2, 3)
	a, _ := ints.Pop()
	b, _ := ints.Pop()
	fmt.Println(a, b, ints.Len())
}
