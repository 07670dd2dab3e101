package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Vector is a minimal generic dynamic array used as a base.
type Vector[T any] struct {
	elems []T
}

func (v *Vector[T]) Len() int   { return len(v.elems) }
func (v *Vector[T]) At(i int) T { return v.elems[i] }
func (v *Vector[T]) Slice() []T { return slices.Clone(v.elems) }
func (v *Vector[T]) Clear()     { v.elems = v.elems[:0] }
func (v *Vector[T]) insertAt(i int, x T) {
	v.elems = slices.Insert(v.elems, i, x)
}

// SortedSet embeds Vector and keeps elements ordered and unique.
type SortedSet[T cmp.Ordered] struct {
	Vector[T]
}

func NewSortedSet[T cmp.Ordered](xs ...T) *SortedSet[T] {
	s := &SortedSet[T]{}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s *SortedSet[T]) Add(x T) bool {
	i, found := slices.BinarySearch(s.elems, x)
	if found {
		return false
	}
	s.insertAt(i, x)
	return true
}

func (s *SortedSet[T]) Remove(x T) bool {
	i, found := slices.BinarySearch(s.elems, x)
	if found {
		s.elems = slices.Delete(s.elems, i, i+1)
	}
	return found
}

func (s *SortedSet[T]) Has(x T) bool {
	_, ok := slices.BinarySearch(s.elems, x)
	return ok
}

func (s *SortedSet[T]) Union(o *SortedSet[T]) *SortedSet[T] {
	return NewSortedSet(append(s.Slice(), o.elems...)...)
}

func (s *SortedSet[T]) Intersect(o *SortedSet[T]) *SortedSet[T] {
	r := &SortedSet[T]{}
	i, j := 0, 0
	for i < len(s.elems) && j < len(o.elems) {
		switch c := cmp.Compare(s.elems[i], o.elems[j]); {
		case c < 0:
			i++
		case c > 0:
			j++
		default:
			r.elems = append(r.elems, s.elems[i])
			i++
			j++
		}
	}
	return r
}

func (s *SortedSet[T]) Floor(x T) (T, bool) {
	i, found := slices.BinarySearch(s.elems, x)
	if found {
		return s.elems[i], true
	}
	if i == 0 {
		var zero T
		return zero, false
	}
	return s.elems[i-1], true
}

func (s SortedSet[T]) String() string {
	parts := make([]string, len(s.elems))
	for i, e := range s.elems {
		parts[i] = fmt.Sprint(e)
	}
	return "{" + strings.Join(parts, ",") + "}"
}

func main() {
	a := NewSortedSet(5, 1, 9, 3, 5, 7, 1)
	b := NewSortedSet(2, 3, 4, 5, 6)
	fmt.Println(a, b, a.Len())
	fmt.Println("union:", a.Union(b))
	fmt.Println("intersect:", a.Intersect(b))
	fmt.Println("add 4:", a.Add(4), "add 4 again:", a.Add(4), a)
	fmt.Println("remove 9:", a.Remove(9), "remove 10:", a.Remove(10), *a)
	for _, q := range []int{0, 4, 8, 100} {
		f, ok := a.Floor(q)
		fmt.Printf("floor(%d) = %d, %v\n", q, f, ok)
	}
	fmt.Println("at(2) via embedded:", a.At(2), a.Vector.Len())

	names := NewSortedSet(strings.Fields("mia leo ava leo zoe ava")...)
	fmt.Printf("%v has(zoe)=%v has(bob)=%v\n", names, names.Has("zoe"), names.Has("bob"))
	names.Clear()
	fmt.Printf("%v %d %T\n", names, names.Len(), names.Vector)
}
