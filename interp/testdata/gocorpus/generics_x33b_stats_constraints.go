package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Celsius float64
type Score int

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Mean[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs)) / float64(len(xs))
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=>%v", p.Key, p.Val) }

func TopN[K comparable, V cmp.Ordered](m map[K]V, n int) []Pair[K, V] {
	ps := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		ps = append(ps, Pair[K, V]{k, v})
	}
	slices.SortFunc(ps, func(a, b Pair[K, V]) int {
		if c := cmp.Compare(b.Val, a.Val); c != 0 {
			return c
		}
		return strings.Compare(fmt.Sprint(a.Key), fmt.Sprint(b.Key))
	})
	if len(ps) > n {
		ps = ps[:n]
	}
	return ps
}

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
func (s Stack[T]) Len() int { return len(s.items) }

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	temps := []Celsius{21.5, 19, 23.25, 18}
	scores := []Score{88, 92, 75, 100, 61}
	fmt.Printf("%.3f %v %T\n", Mean(temps), Sum(temps), Sum(temps))
	fmt.Printf("%.1f %v %T\n", Mean(scores), Sum(scores), Sum(scores))
	fmt.Println(slices.Max(scores), slices.Min(temps), Mean([]int{}))

	grades := map[string]Score{"ann": 88, "bob": 92, "cy": 75, "di": 92, "ed": 61}
	fmt.Println(TopN(grades, 3))
	fmt.Printf("%v\n", TopN(map[int]string{1: "b", 2: "a", 3: "c"}, 2))

	var st Stack[Pair[string, int]]
	st.Push(Pair[string, int]{"x", 1}, Pair[string, int]{"y", 2})
	for st.Len() > 0 {
		p, _ := st.Pop()
		fmt.Print(p, " ")
	}
	_, ok := st.Pop()
	fmt.Println(ok)

	longest := Reduce([]string{"go", "gopher", "golang"}, "", func(a string, s string) string {
		if len(s) > len(a) {
			return s
		}
		return a
	})
	letters := Reduce(scores, map[string]int{}, func(m map[string]int, s Score) map[string]int {
		g := "F"
		switch {
		case s >= 90:
			g = "A"
		case s >= 80:
			g = "B"
		case s >= 70:
			g = "C"
		}
		m[g]++
		return m
	})
	fmt.Println(longest, letters)
	fmt.Printf("%#v\n", Pair[string, Celsius]{"t", 1.5})
}
