package main

import (
	"errors"
	"fmt"
	"strings"
)

type Queue[T any] struct {
	buf        []T
	head, size int
}

func (q *Queue[T]) grow() {
	nb := make([]T, max(4, 2*len(q.buf)))
	for i := 0; i < q.size; i++ {
		nb[i] = q.buf[(q.head+i)%len(q.buf)]
	}
	q.buf, q.head = nb, 0
}

func (q *Queue[T]) Push(v T) {
	if q.size == len(q.buf) {
		q.grow()
	}
	q.buf[(q.head+q.size)%len(q.buf)] = v
	q.size++
}

var ErrEmpty = errors.New("queue empty")

func (q *Queue[T]) Pop() (T, error) {
	var zero T
	if q.size == 0 {
		return zero, ErrEmpty
	}
	v := q.buf[q.head]
	q.buf[q.head] = zero
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return v, nil
}

func (q *Queue[T]) Len() int { return q.size }

type Stack[T any] []T

func (s *Stack[T]) Push(v T) { *s = append(*s, v) }
func (s *Stack[T]) Pop() T {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}

func josephus(n, k int) (order []int) {
	var q Queue[int]
	for i := 1; i <= n; i++ {
		q.Push(i)
	}
	for q.Len() > 0 {
		for i := 0; i < k-1; i++ {
			v, _ := q.Pop()
			q.Push(v)
		}
		v, _ := q.Pop()
		order = append(order, v)
	}
	return
}

func balanced(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{', '>': '<'}
	var st Stack[rune]
	for _, r := range s {
		switch r {
		case '(', '[', '{', '<':
			st.Push(r)
		default:
			if len(st) == 0 || st.Pop() != pairs[r] {
				return false
			}
		}
	}
	return len(st) == 0
}

func main() {
	fmt.Println(josephus(7, 3))
	o := josephus(41, 3)
	fmt.Println("survivor:", o[len(o)-1])
	var q Queue[string]
	_, err := q.Pop()
	fmt.Println(err, errors.Is(err, ErrEmpty))
	for _, w := range strings.Fields("a b c d e f g h i j") {
		q.Push(w)
		if q.Len()%3 == 0 {
			v, _ := q.Pop()
			fmt.Print(v, " ")
		}
	}
	fmt.Println("| left", q.Len(), len(q.buf))
	for _, s := range []string{"([]{<>})", "([)]", "((", "{()()()}<>"} {
		fmt.Printf("%s=%v ", s, balanced(s))
	}
	fmt.Println()
}
