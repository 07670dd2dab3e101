package main

import (
	"cmp"
	"fmt"
	"iter"
	"strings"
)

type node[T any] struct {
	val  T
	next *node[T]
}

type List[T any] struct {
	head *node[T]
	size int
}

func (l *List[T]) PushFront(v T) *List[T] {
	l.head = &node[T]{v, l.head}
	l.size++
	return l
}

func (l *List[T]) Reverse() *List[T] {
	var prev *node[T]
	cur := l.head
	for cur != nil {
		next := cur.next
		cur.next = prev
		prev, cur = cur, next
	}
	l.head = prev
	return l
}

func (l *List[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for n := l.head; n != nil; n = n.next {
			if !yield(i, n.val) {
				return
			}
			i++
		}
	}
}

func (l *List[T]) String() string {
	var parts []string
	for _, v := range l.All() {
		parts = append(parts, fmt.Sprint(v))
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}

func FromSlice[T any](xs []T) *List[T] {
	l := &List[T]{}
	for i := len(xs) - 1; i >= 0; i-- {
		l.PushFront(xs[i])
	}
	return l
}

func MergeSorted[T cmp.Ordered](a, b *List[T]) *List[T] {
	dummy := &node[T]{}
	tail := dummy
	x, y := a.head, b.head
	for x != nil && y != nil {
		if x.val <= y.val {
			tail.next, x = x, x.next
		} else {
			tail.next, y = y, y.next
		}
		tail = tail.next
	}
	if x != nil {
		tail.next = x
	} else {
		tail.next = y
	}
	return &List[T]{dummy.next, a.size + b.size}
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v:%v", p.Key, p.Val) }

func main() {
	l := FromSlice([]int{1, 2, 3, 4})
	fmt.Println(l, l.size)
	fmt.Println(l.Reverse())
	fmt.Println(l.PushFront(9).PushFront(8))
	m := MergeSorted(FromSlice([]int{1, 4, 9}), FromSlice([]int{2, 3, 10, 11}))
	fmt.Println(m, m.size)
	s := MergeSorted(FromSlice([]string{"ant", "cat"}), FromSlice([]string{"bee"}))
	fmt.Println(s)
	pl := FromSlice([]Pair[string, float64]{{"x", 1.5}, {"y", -2}})
	fmt.Println(pl)
	for i, p := range pl.All() {
		fmt.Printf("%d %+v %T\n", i, p, p)
	}
	var empty List[bool]
	fmt.Println(&empty, empty.size)
}
