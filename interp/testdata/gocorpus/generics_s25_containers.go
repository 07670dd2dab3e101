// Generic containers over named types with String methods: a Set whose
// Items sorts its []T with sort.Slice, a tree walked by an iterator, a
// Result and Pair printing their type arguments.
package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Suit int

const (
	Hearts Suit = iota
	Spades
)

func (s Suit) String() string { return [...]string{"♥", "♠"}[s] }

type Card struct {
	Rank int
	Suit Suit
}

func (c Card) String() string { return fmt.Sprintf("%d%v", c.Rank, c.Suit) }

type Set[T comparable] struct{ m map[T]struct{} }

func NewSet[T comparable](xs ...T) *Set[T] {
	s := &Set[T]{m: map[T]struct{}{}}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}
func (s *Set[T]) Add(x T)      { s.m[x] = struct{}{} }
func (s *Set[T]) Has(x T) bool { _, ok := s.m[x]; return ok }
func (s *Set[T]) Len() int     { return len(s.m) }
func (s *Set[T]) Items() []T {
	out := make([]T, 0, len(s.m))
	for k := range s.m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return fmt.Sprint(out[i]) < fmt.Sprint(out[j]) })
	return out
}
func (s *Set[T]) String() string {
	parts := []string{}
	for _, x := range s.Items() {
		parts = append(parts, fmt.Sprint(x))
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

type Tree[T cmp.Ordered] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(yield func(T) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.Walk(yield) && yield(t.Val) && t.Right.Walk(yield)
}

type Result[T any] struct {
	Val T
	Err error
}

func (r Result[T]) String() string {
	if r.Err != nil {
		return "err(" + r.Err.Error() + ")"
	}
	return fmt.Sprintf("ok(%v)", r.Val)
}

func Try[T any](f func() (T, error)) Result[T] {
	v, err := f()
	return Result[T]{v, err}
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func SortedPairs[K cmp.Ordered, V any](m map[K]V) []Pair[K, V] {
	var out []Pair[K, V]
	for k, v := range m {
		out = append(out, Pair[K, V]{k, v})
	}
	slices.SortFunc(out, func(a, b Pair[K, V]) int { return cmp.Compare(a.Key, b.Key) })
	return out
}

func main() {
	s := NewSet(Spades, Hearts, Spades)
	fmt.Println(s, s.Len(), s.Has(Hearts), s.Items())
	cs := NewSet(Card{10, Hearts}, Card{2, Spades})
	fmt.Println(cs, cs.Items())
	fmt.Printf("%v %d\n", s.Items(), s.Items())
	var t *Tree[string]
	for _, w := range strings.Fields("m c x a") {
		t = t.Insert(w)
	}
	var got []string
	t.Walk(func(s string) bool { got = append(got, s); return true })
	fmt.Println(got)
	r1 := Try(func() (Suit, error) { return Spades, nil })
	r2 := Try(func() (int, error) { return 0, errors.New("boom") })
	fmt.Println(r1, r2)
	fmt.Printf("%v|%+v|%s\n", r1, r1, r2)
	fmt.Println(SortedPairs(map[string]Suit{"b": Hearts, "a": Spades}))
	ps := SortedPairs(map[int]Card{2: {3, Spades}, 1: {4, Hearts}})
	fmt.Println(ps, ps[0].Val.Suit)
}
