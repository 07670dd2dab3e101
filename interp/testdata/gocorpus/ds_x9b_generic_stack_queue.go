// Exercises: generic Stack[T] and Queue[T] with pointer-receiver methods, comma-ok Pop on empty, zero value of T, balanced brackets, FIFO order across the two internal slices.
package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (v T, ok bool) {
	if len(s.items) == 0 {
		return v, false
	}
	v, s.items = s.items[len(s.items)-1], s.items[:len(s.items)-1]
	return v, true
}
func (s *Stack[T]) Len() int { return len(s.items) }

type Queue[T any] struct{ head, tail []T }

func (q *Queue[T]) Enqueue(v T) { q.tail = append(q.tail, v) }
func (q *Queue[T]) Dequeue() (v T, ok bool) {
	if len(q.head) == 0 {
		for len(q.tail) > 0 { // move tail to head reversed: amortised O(1)
			n := len(q.tail) - 1
			q.head = append(q.head, q.tail[n])
			q.tail = q.tail[:n]
		}
	}
	if len(q.head) == 0 {
		return v, false
	}
	v, q.head = q.head[len(q.head)-1], q.head[:len(q.head)-1]
	return v, true
}

func balanced(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st Stack[rune]
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			if top, ok := st.Pop(); !ok || top != pairs[r] {
				return false
			}
		}
	}
	return st.Len() == 0
}

func main() {
	for _, s := range []string{"([]{})", "([)]", "((", ""} {
		fmt.Printf("%q %v\n", s, balanced(s))
	}
	var q Queue[[2]int]
	for i := range 3 {
		q.Enqueue([2]int{i, i * i})
	}
	first, _ := q.Dequeue()
	q.Enqueue([2]int{9, 81}) // lands in tail while head still holds 1 and 2
	var order [][2]int
	for p, ok := q.Dequeue(); ok; p, ok = q.Dequeue() {
		order = append(order, p)
	}
	var s Stack[string]
	v, ok := s.Pop()
	fmt.Printf("%v %v %q %v\n", first, order, v, ok)
}
