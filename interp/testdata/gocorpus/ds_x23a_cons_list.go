package main

import (
	"fmt"
	"strings"
)

type List[T any] struct {
	head T
	tail *List[T]
}

func Cons[T any](h T, t *List[T]) *List[T] { return &List[T]{h, t} }

func FromSlice[T any](xs ...T) *List[T] {
	var l *List[T]
	for i := len(xs) - 1; i >= 0; i-- {
		l = Cons(xs[i], l)
	}
	return l
}

func (l *List[T]) Len() int {
	n := 0
	for ; l != nil; l = l.tail {
		n++
	}
	return n
}

func (l *List[T]) String() string {
	var sb strings.Builder
	sb.WriteByte('(')
	for c := l; c != nil; c = c.tail {
		if c != l {
			sb.WriteByte(' ')
		}
		fmt.Fprint(&sb, c.head)
	}
	sb.WriteByte(')')
	return sb.String()
}

func (l *List[T]) All() func(func(int, T) bool) {
	return func(yield func(int, T) bool) {
		i := 0
		for c := l; c != nil; c = c.tail {
			if !yield(i, c.head) {
				return
			}
			i++
		}
	}
}

func MapL[T, U any](l *List[T], f func(T) U) *List[U] {
	if l == nil {
		return nil
	}
	return Cons(f(l.head), MapL(l.tail, f))
}

func FoldR[T, A any](l *List[T], z A, f func(T, A) A) A {
	if l == nil {
		return z
	}
	return f(l.head, FoldR(l.tail, z, f))
}

func Reverse[T any](l *List[T]) *List[T] {
	var r *List[T]
	for ; l != nil; l = l.tail {
		r = Cons(l.head, r)
	}
	return r
}

func Zip[A, B any](a *List[A], b *List[B]) *List[[2]any] {
	if a == nil || b == nil {
		return nil
	}
	return Cons([2]any{a.head, b.head}, Zip(a.tail, b.tail))
}

func main() {
	nums := FromSlice(1, 2, 3, 4, 5)
	fmt.Println(nums, nums.Len())
	sq := MapL(nums, func(n int) int { return n * n })
	fmt.Println(sq, Reverse(sq))
	fmt.Println(FoldR(nums, 0, func(n, acc int) int { return n + acc }))
	fmt.Println(FoldR(nums, "", func(n int, acc string) string { return fmt.Sprint(n) + acc }))
	words := FromSlice("car", "cdr", "cons")
	fmt.Println(Zip(nums, words))
	for i, w := range words.All() {
		if i == 2 {
			break
		}
		fmt.Print(i, ":", w, " ")
	}
	fmt.Println()
	var empty *List[string]
	fmt.Println(empty, empty.Len(), MapL(empty, strings.ToUpper))
	nested := FromSlice(FromSlice(1), FromSlice(2, 3), nil)
	fmt.Println(nested, nested.Len())
	fmt.Printf("%v %s\n", Cons(1.5, nil), Cons('x', nil))
}
