package main

import (
	"fmt"
	"strings"
)

// List represents a singly-linked list that holds
// values of any type.
type List[T any] struct {
	next *List[T]
	val  T
}

func (l *List[T]) Push(v T) *List[T] {
	return &List[T]{next: l, val: v}
}

func (l *List[T]) String() string {
	var b strings.Builder
	b.WriteString("[")
	for n := l; n != nil; n = n.next {
		if n != l {
			b.WriteString(" -> ")
		}
		fmt.Fprint(&b, n.val)
	}
	b.WriteString("]")
	return b.String()
}

func (l *List[T]) Len() int {
	n := 0
	for ; l != nil; l = l.next {
		n++
	}
	return n
}

func Reverse[T any](l *List[T]) *List[T] {
	var out *List[T]
	for ; l != nil; l = l.next {
		out = out.Push(l.val)
	}
	return out
}

// Index returns the index of x in s, or -1 if not found.
func Index[T comparable](s []T, x T) int {
	for i, v := range s {
		// v and x are type T, which has the comparable
		// constraint, so we can use == here.
		if v == x {
			return i
		}
	}
	return -1
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func main() {
	si := []int{10, 20, 15, -10}
	fmt.Println(Index(si, 15))

	ss := []string{"foo", "bar", "baz"}
	fmt.Println(Index(ss, "hello"))

	var l *List[int]
	for i := 1; i <= 4; i++ {
		l = l.Push(i * i)
	}
	fmt.Println(l, l.Len())
	fmt.Println(Reverse(l))

	var words *List[string]
	words = words.Push("c").Push("b").Push("a")
	fmt.Printf("%v %T\n", words, words)

	var st Stack[Pair[string, int]]
	st.Push(Pair[string, int]{"a", 1})
	st.Push(Pair[string, int]{"b", 2})
	for {
		p, ok := st.Pop()
		if !ok {
			break
		}
		fmt.Println(p)
	}
	_, ok := st.Pop()
	fmt.Println("empty pop ok:", ok)
	fmt.Printf("%+v\n", Pair[int, []bool]{7, []bool{true}})
}
