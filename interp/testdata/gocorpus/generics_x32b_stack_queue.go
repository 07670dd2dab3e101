package main

import (
	"cmp"
	"errors"
	"fmt"
	"strings"
)

var ErrEmpty = errors.New("container is empty")

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, ErrEmpty
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s *Stack[T]) Len() int { return len(s.items) }

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
	var zero T
	if len(q.head) == 0 {
		return zero, false
	}
	n := len(q.head) - 1
	v := q.head[n]
	q.head = q.head[:n]
	return v, true
}

func MaxOf[T cmp.Ordered](xs ...T) (T, bool) {
	var best T
	if len(xs) == 0 {
		return best, false
	}
	best = xs[0]
	for _, x := range xs[1:] {
		best = max(best, x)
	}
	return best, true
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	var s Stack[string]
	for _, w := range strings.Fields("alpha beta gamma") {
		s.Push(w)
	}
	for s.Len() > 0 {
		v, _ := s.Pop()
		fmt.Print(v, " ")
	}
	fmt.Println()
	if _, err := s.Pop(); errors.Is(err, ErrEmpty) {
		fmt.Println("pop on empty:", err)
	}

	q := &Queue[Pair[string, int]]{}
	q.Enqueue(Pair[string, int]{"a", 1})
	q.Enqueue(Pair[string, int]{"b", 2})
	first, _ := q.Dequeue()
	q.Enqueue(Pair[string, int]{"c", 3})
	fmt.Println("first:", first)
	for {
		p, ok := q.Dequeue()
		if !ok {
			break
		}
		fmt.Printf("%v %T\n", p, p)
	}

	m, ok := MaxOf(3, 9, 2, 7)
	fmt.Println(m, ok)
	ms, _ := MaxOf("pear", "apple", "zucchini")
	fmt.Println(ms)
	_, ok = MaxOf[float64]()
	fmt.Println("empty ok:", ok)

	lens := Map([]string{"go", "rust", "zig"}, func(s string) int { return len(s) })
	fmt.Println(lens)
	strs := Map(lens, func(n int) string { return strings.Repeat("*", n) })
	fmt.Printf("%q\n", strs)
}
