// Exercises: generics: a generic Stack with Push/Pop returning (T, bool), cmp.Ordered, a generic Pair with two parameters and a String method, explicit instantiation as a func value, a right fold with two type parameters.
package main

import (
	"cmp"
	"fmt"
	"strconv"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

// Pop leaves v and ok at their zero values on an empty stack.
func (s *Stack[T]) Pop() (v T, ok bool) {
	if n := len(s.items); n > 0 {
		v, s.items, ok = s.items[n-1], s.items[:n-1], true
	}
	return
}

func MaxOf[T cmp.Ordered](a T, rest ...T) T {
	for _, v := range rest {
		a = max(a, v)
	}
	return a
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

// Fold folds right to left: Fold(xs, f, acc) = f(x0, f(x1, ... f(xn, acc))).
func Fold[T, A any](xs []T, f func(T, A) A, acc A) A {
	for i := len(xs) - 1; i >= 0; i-- {
		acc = f(xs[i], acc)
	}
	return acc
}

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	v, ok := s.Pop()
	fmt.Println(v, ok, len(s.items))
	_, _ = s.Pop()
	v, ok = s.Pop()
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(MaxOf(3, 9, 2), MaxOf("kiwi", "apple"), MaxOf(2.5))
	maxInt := MaxOf[int]
	fmt.Println(maxInt(4, 5), Pair[string, int]{"age", 30}, []Pair[int, bool]{{1, true}})
	fmt.Println(Fold([]int{1, 2, 3}, func(n int, a string) string { return a + strconv.Itoa(n) }, ">"))
	fmt.Println(min(3, 1, 2), max(2.5, 1))
}
