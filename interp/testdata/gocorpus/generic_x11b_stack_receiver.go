// Exercises: type parameters on methods' receivers (func (s *Stack[T]) Push), generic Queue, zero value return with ok, generic Map function
package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v ...T) { s.items = append(s.items, v...) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack[T]) Peek() T  { return s.items[len(s.items)-1] }
func (s Stack[T]) Len() int { return len(s.items) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=>%v", p.Key, p.Val) }

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	var s Stack[string]
	s.Push("a", "b", "c")
	fmt.Println(s.Peek(), s.Len())
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	v, ok := s.Pop()
	fmt.Printf("%q %v\n", v, ok)
	ps := &Stack[Pair[string, int]]{}
	ps.Push(Pair[string, int]{"x", 1}, Pair[string, int]{"y", 2})
	top, _ := ps.Pop()
	fmt.Println(top, ps.Len(), top.String())
	lens := Map([]string{"go", "gopher"}, func(s string) int { return len(s) })
	strs := Map(lens, func(n int) Pair[int, bool] { return Pair[int, bool]{n, n > 3} })
	fmt.Println(lens, strs)
}
