// Exercises: a Stringer-and-comparable constraint, generic Set keyed by T, constraint with a method and comparable embedded
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Key interface {
	comparable
	String() string
}

type Color struct{ R, G, B uint8 }

func (c Color) String() string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

type Tag string

func (t Tag) String() string { return "tag:" + string(t) }

type Set[T Key] struct{ m map[T]struct{} }

func NewSet[T Key](xs ...T) *Set[T] {
	s := &Set[T]{m: make(map[T]struct{})}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s *Set[T]) Add(x T)      { s.m[x] = struct{}{} }
func (s *Set[T]) Has(x T) bool { _, ok := s.m[x]; return ok }
func (s *Set[T]) Len() int     { return len(s.m) }
func (s *Set[T]) String() string {
	var names []string
	for k := range s.m {
		names = append(names, k.String())
	}
	sort.Strings(names)
	return "{" + strings.Join(names, " ") + "}"
}

func Dedup[T Key](xs []T) []string {
	seen := map[T]bool{}
	var out []string
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x.String())
		}
	}
	return out
}

func main() {
	cs := NewSet(Color{255, 0, 0}, Color{0, 255, 0}, Color{255, 0, 0})
	fmt.Println(cs.Len(), cs.Has(Color{0, 255, 0}), cs.Has(Color{1, 2, 3}), cs)
	ts := NewSet[Tag]("go", "rust", "go")
	fmt.Println(ts.Len(), ts.String())
	fmt.Println(Dedup([]Tag{"b", "a", "b", "c", "a"}))
}
