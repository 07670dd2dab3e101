package main

import (
	"cmp"
	"errors"
	"fmt"
	"strings"
)

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, errors.New("pop from empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s *Stack[T]) Peek() (T, bool) {
	if len(s.items) == 0 {
		return *new(T), false
	}
	return s.items[len(s.items)-1], true
}

func (s *Stack[T]) Len() int { return len(s.items) }

type Queue[T any] struct {
	items []T
}

func (q *Queue[T]) Enqueue(v ...T) { q.items = append(q.items, v...) }

func (q *Queue[T]) Dequeue() (T, bool) {
	var zero T
	if len(q.items) == 0 {
		return zero, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func MaxOf[T cmp.Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		m = max(m, x)
	}
	return m
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func balanced(s string) bool {
	var st Stack[rune]
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			top, err := st.Pop()
			if err != nil || top != pairs[r] {
				return false
			}
		}
	}
	return st.Len() == 0
}

func main() {
	var s Stack[int]
	for i := 1; i <= 4; i++ {
		s.Push(i * i)
	}
	top, _ := s.Peek()
	fmt.Println("peek:", top, "len:", s.Len())
	for s.Len() > 0 {
		v, _ := s.Pop()
		fmt.Print(v, " ")
	}
	fmt.Println()
	_, err := s.Pop()
	fmt.Println("error:", err)

	q := &Queue[string]{}
	q.Enqueue("alice", "bob", "carol")
	for {
		name, ok := q.Dequeue()
		if !ok {
			break
		}
		fmt.Printf("serving %s\n", name)
	}

	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	squares := Map(evens, func(n int) int { return n * n })
	sum := Reduce(squares, 0, func(a, n int) int { return a + n })
	fmt.Println(evens, squares, sum)
	strs := Map(nums[:5], func(n int) string { return strings.Repeat("ab", n%3) })
	fmt.Printf("%q\n", strs)
	fmt.Println(MaxOf(3, 9, 2), MaxOf("pear", "apple", "zucchini"), MaxOf(2.5, -1.0))
	pairs := []Pair[string, int]{{"a", 1}, {"b", 2}}
	fmt.Println(pairs, Reduce(pairs, "", func(acc string, p Pair[string, int]) string { return acc + p.Key }))

	for _, expr := range []string{"(a[b]{c})", "(]", "((", "{[()()]}"} {
		fmt.Printf("%-10s balanced=%v\n", expr, balanced(expr))
	}
	fmt.Printf("%T %T\n", s, pairs[0])
}
