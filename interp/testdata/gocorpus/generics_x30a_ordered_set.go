package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strings"
)

// SortedSet keeps its elements in ascending order without duplicates.
type SortedSet[T cmp.Ordered] struct {
	items []T
}

func NewSortedSet[T cmp.Ordered](vals ...T) *SortedSet[T] {
	s := &SortedSet[T]{}
	for _, v := range vals {
		s.Add(v)
	}
	return s
}

func (s *SortedSet[T]) Add(v T) bool {
	i, found := slices.BinarySearch(s.items, v)
	if found {
		return false
	}
	s.items = slices.Insert(s.items, i, v)
	return true
}

func (s *SortedSet[T]) Remove(v T) bool {
	i, found := slices.BinarySearch(s.items, v)
	if !found {
		return false
	}
	s.items = slices.Delete(s.items, i, i+1)
	return true
}

func (s *SortedSet[T]) Contains(v T) bool {
	_, found := slices.BinarySearch(s.items, v)
	return found
}

func (s *SortedSet[T]) Len() int { return len(s.items) }

func (s *SortedSet[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, v := range s.items {
			if !yield(v) {
				return
			}
		}
	}
}

func (s *SortedSet[T]) Backward() iter.Seq[T] {
	return func(yield func(T) bool) {
		for i := len(s.items) - 1; i >= 0; i-- {
			if !yield(s.items[i]) {
				return
			}
		}
	}
}

func (s *SortedSet[T]) String() string {
	var b strings.Builder
	b.WriteByte('{')
	for i, v := range s.items {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprint(&b, v)
	}
	b.WriteByte('}')
	return b.String()
}

func Union[T cmp.Ordered](a, b *SortedSet[T]) *SortedSet[T] {
	out := NewSortedSet[T]()
	for v := range a.All() {
		out.Add(v)
	}
	for v := range b.All() {
		out.Add(v)
	}
	return out
}

func Intersect[T cmp.Ordered](a, b *SortedSet[T]) *SortedSet[T] {
	out := NewSortedSet[T]()
	for v := range a.All() {
		if b.Contains(v) {
			out.Add(v)
		}
	}
	return out
}

func main() {
	a := NewSortedSet(5, 3, 9, 1, 3, 7)
	b := NewSortedSet(2, 3, 4, 5, 6)
	fmt.Println("a:", a, "len", a.Len())
	fmt.Println("b:", b)
	fmt.Println("union:", Union(a, b))
	fmt.Println("intersect:", Intersect(a, b))

	fmt.Println("add 4:", a.Add(4), "add 4 again:", a.Add(4))
	fmt.Println("remove 9:", a.Remove(9), "remove 100:", a.Remove(100))

	fmt.Print("backward:")
	for v := range a.Backward() {
		fmt.Print(" ", v)
		if v <= 3 {
			break
		}
	}
	fmt.Println()

	words := NewSortedSet(strings.Fields("the quick brown fox jumps over the lazy dog")...)
	fmt.Println(words, words.Len())
	fmt.Printf("%v %T\n", slices.Collect(words.All())[:3], words)
}
