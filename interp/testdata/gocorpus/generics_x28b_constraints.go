package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
)

// Generics pitfalls: ~ in constraints for named types, the zero value of T,
// comparable vs ordered, and methods that cannot have their own type parameters.

type Number interface {
	~int | ~int32 | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

type Celsius float64
type UserID int

func Max[T cmp.Ordered](xs ...T) (T, error) {
	var zero T
	if len(xs) == 0 {
		return zero, errors.New("empty")
	}
	m := xs[0]
	for _, x := range xs[1:] {
		m = max(m, x)
	}
	return m, nil
}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=>%v", p.Key, p.Val) }

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func NewSet[T comparable](vs ...T) Set[T] {
	s := Set[T]{}
	for _, v := range vs {
		s.Add(v)
	}
	return s
}

// A method cannot declare type parameters; use a function instead.
func MapSet[T, U comparable](s Set[T], f func(T) U) Set[U] {
	out := Set[U]{}
	for v := range s {
		out.Add(f(v))
	}
	return out
}

func IsZero[T comparable](v T) bool {
	var zero T
	return v == zero
}

func main() {
	temps := []Celsius{21.5, 19, 23.25}
	fmt.Printf("%v %T\n", Sum(temps), Sum(temps))
	fmt.Println(Sum([]UserID{1, 2, 3}))

	fmt.Println(Max(3, 9, 2))
	fmt.Println(Max("pear", "apple", "zoo"))
	fmt.Println(Max[float64]())

	fmt.Println(Index([]string{"a", "b", "c"}, "c"), Index([]any{1, "x", 2.5}, any("x")))

	strs := Map([]int{1, 2, 3}, strconv.Itoa)
	fmt.Printf("%q\n", strs)
	lens := Map(strs, func(s string) int { return len(s) * 10 })
	fmt.Println(lens)

	pairs := []Pair[string, int]{{"b", 2}, {"a", 1}, {"c", 3}}
	slices.SortFunc(pairs, func(x, y Pair[string, int]) int { return cmp.Compare(x.Key, y.Key) })
	fmt.Println(pairs)
	fmt.Printf("%+v\n", pairs[0])

	s := NewSet(1, 2, 3, 4)
	even := MapSet(s, func(v int) bool { return v%2 == 0 })
	fmt.Println(len(even), even.Has(true), even.Has(false), s.Has(5))

	fmt.Println(IsZero(0), IsZero(""), IsZero(Pair[string, int]{}), IsZero(3.5))

	// Comparable any values can panic at runtime.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(Index([]any{1, []int{1}}, any(2)))
		fmt.Println(Index([]any{[]int{1}}, any([]int{1})))
		fmt.Println(IsZero[any]([]int{}))
	}()

	// Explicit instantiation.
	f := Max[int]
	fmt.Println(f(4, 1))
	fmt.Printf("%T\n", Sum[Celsius])
}
