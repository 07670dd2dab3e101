// A generic doubly linked list with iterators, constraints with type sets,
// and generic pairs and maps helpers.
package main

import (
	"fmt"
	"iter"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Celsius float64
type Score int

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type node[T any] struct {
	val        T
	prev, next *node[T]
}

type List[T any] struct {
	head, tail *node[T]
	n          int
}

func (l *List[T]) PushBack(v T) {
	nd := &node[T]{val: v, prev: l.tail}
	if l.tail == nil {
		l.head = nd
	} else {
		l.tail.next = nd
	}
	l.tail = nd
	l.n++
}

func (l *List[T]) PushFront(v T) {
	nd := &node[T]{val: v, next: l.head}
	if l.head == nil {
		l.tail = nd
	} else {
		l.head.prev = nd
	}
	l.head = nd
	l.n++
}

func (l *List[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for n := l.head; n != nil; n = n.next {
			if !yield(n.val) {
				return
			}
		}
	}
}

func (l *List[T]) Backward() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := l.n - 1
		for n := l.tail; n != nil; n = n.prev {
			if !yield(i, n.val) {
				return
			}
			i--
		}
	}
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func Zip[K comparable, V any](ks []K, vs []V) []Pair[K, V] {
	out := make([]Pair[K, V], 0, min(len(ks), len(vs)))
	for i := range min(len(ks), len(vs)) {
		out = append(out, Pair[K, V]{ks[i], vs[i]})
	}
	return out
}

func Collect[T any](seq iter.Seq[T]) []T {
	var out []T
	for v := range seq {
		out = append(out, v)
	}
	return out
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[Celsius](20, 1.5), Sum(Score(7), Score(8)))
	fmt.Printf("%T %T\n", Sum[Celsius](), Sum[Score]())

	var l List[string]
	for _, w := range strings.Fields("b c d") {
		l.PushBack(w)
	}
	l.PushFront("a")
	fmt.Println(Collect(l.All()), l.n)
	for i, v := range l.Backward() {
		fmt.Printf("%d:%s ", i, v)
		if i == 1 {
			break
		}
	}
	fmt.Println()

	pairs := Zip([]string{"x", "y", "z"}, []int{1, 2})
	fmt.Println(pairs, len(pairs))
	fmt.Printf("%v %+v %T\n", pairs[0], pairs[1], pairs[0])

	var nums List[Pair[int, bool]]
	for i := range 5 {
		nums.PushBack(Pair[int, bool]{i, i%2 == 0})
	}
	count := 0
	for p := range nums.All() {
		if p.Val {
			count++
		}
	}
	fmt.Println(count, Collect(nums.All()))
}
