package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Shower interface {
	~int | ~float64 | ~string
	Show() string
}

type Meters float64

func (m Meters) Show() string { return strconv.FormatFloat(float64(m), 'f', 2, 64) + "m" }

type Label string

func (l Label) Show() string { return "'" + string(l) + "'" }

type Count int

func (c Count) Show() string { return strings.Repeat("|", int(c)) }

func ShowAll[T Shower](xs []T) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.Show()
	}
	return strings.Join(parts, ", ")
}

func SortedShow[T Shower](xs []T) []T {
	out := append([]T(nil), xs...)
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

type Numeric interface{ ~int | ~float64 }

func Sum[T Numeric](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Set[T comparable] map[T]struct{}

func SetOf[T comparable](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s[x] = struct{}{}
	}
	return s
}

func (s Set[T]) Has(x T) bool { _, ok := s[x]; return ok }

func Intersect[T comparable](a, b Set[T]) Set[T] {
	out := Set[T]{}
	for k := range a {
		if b.Has(k) {
			out[k] = struct{}{}
		}
	}
	return out
}

func main() {
	ms := []Meters{3.5, 1.25, 10}
	fmt.Println(ShowAll(ms), "|", ShowAll(SortedShow(ms)))
	fmt.Println(ShowAll([]Label{"b", "a"}), ShowAll(SortedShow([]Label{"b", "a", "c"})))
	fmt.Println(ShowAll([]Count{1, 3, 2}))
	fmt.Println(Sum(ms...), Sum[Count](1, 2, 3), Sum(1.5, 2.5))
	total := Reduce(ms, "", func(acc string, m Meters) string { return acc + m.Show() + ";" })
	fmt.Println(total, Reduce([]int{1, 2, 3, 4}, 1, func(a, b int) int { return a * b }))
	a := SetOf(1, 2, 3, 4, 5)
	b := SetOf(4, 5, 6)
	fmt.Println(Intersect(a, b), len(a), a.Has(3), b.Has(3))
	ls := SetOf[Label]("x", "y")
	fmt.Printf("%v %T\n", ls, ls)
}
