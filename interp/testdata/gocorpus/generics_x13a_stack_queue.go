package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Container[T any] interface {
	Put(T)
	Take() (T, bool)
	Len() int
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Put(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Take() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s *Stack[T]) Len() int { return len(s.items) }

type Queue[T any] struct{ items []T }

func (q *Queue[T]) Put(v T) { q.items = append(q.items, v) }
func (q *Queue[T]) Take() (T, bool) {
	var zero T
	if len(q.items) == 0 {
		return zero, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}
func (q *Queue[T]) Len() int { return len(q.items) }

func Drain[T any](c Container[T]) []T {
	var out []T
	for c.Len() > 0 {
		v, _ := c.Take()
		out = append(out, v)
	}
	return out
}

func Fill[T any, C Container[T]](c C, vals ...T) C {
	for _, v := range vals {
		c.Put(v)
	}
	return c
}

type Pair[K cmp.Ordered, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func MaxBy[T any, K cmp.Ordered](xs []T, key func(T) K) (best T) {
	for i, x := range xs {
		if i == 0 || key(x) > key(best) {
			best = x
		}
	}
	return
}

func main() {
	s := Fill[int](&Stack[int]{}, 1, 2, 3, 4)
	q := Fill[int](&Queue[int]{}, 1, 2, 3, 4)
	fmt.Println("stack:", Drain[int](s))
	fmt.Println("queue:", Drain[int](q))

	containers := map[string]Container[string]{
		"lifo": &Stack[string]{},
		"fifo": &Queue[string]{},
	}
	for _, name := range []string{"fifo", "lifo"} {
		c := containers[name]
		for _, w := range []string{"a", "b", "c"} {
			c.Put(w)
		}
		first, _ := c.Take()
		fmt.Printf("%s first=%s left=%d\n", name, first, c.Len())
	}

	pairs := []Pair[string, int]{{"x", 3}, {"y", 9}, {"z", 5}}
	fmt.Println(MaxBy(pairs, func(p Pair[string, int]) int { return p.Val }))
	slices.SortFunc(pairs, func(a, b Pair[string, int]) int { return cmp.Compare(b.Val, a.Val) })
	fmt.Println(pairs)
	fmt.Printf("%v %+v\n", pairs[0], pairs[1])
}
