// Exercises: generic slice type Vec[T] with methods, generic struct Pair[K, V], constraint with methods, generic stack of pointers
package main

import "fmt"

type Float interface{ ~float32 | ~float64 }

type Vec[T Float] []T

func (v Vec[T]) Dot(w Vec[T]) T {
	var s T
	for i := range v {
		s += v[i] * w[i]
	}
	return s
}

func (v Vec[T]) Scale(a T) Vec[T] {
	out := make(Vec[T], len(v))
	for i := range v {
		out[i] = a * v[i]
	}
	return out
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x, true
}

func main() {
	a, b := Vec[float64]{1, 2, 3}, Vec[float32]{0.5, 0.25}
	fmt.Println(a.Dot(a.Scale(2)), b.Dot(b), a.Scale(0.5))
	fmt.Printf("%T %T\n", a, b.Scale(2))
	ps := []Pair[string, Vec[float64]]{{"w", a}, {"g", a.Scale(-1)}}
	fmt.Printf("%v %+v\n", ps[0], ps[1])
	var st Stack[*Pair[string, int]]
	st.Push(&Pair[string, int]{"step", 1})
	st.Push(&Pair[string, int]{"step", 2})
	for {
		p, ok := st.Pop()
		if !ok {
			break
		}
		fmt.Println(p.Key, p.Val)
	}
}
