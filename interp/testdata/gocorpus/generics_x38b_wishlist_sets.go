package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Set[T cmp.Ordered] map[T]struct{}

func NewSet[T cmp.Ordered](items ...T) Set[T] {
	s := Set[T]{}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s Set[T]) Add(v T)        { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool   { _, ok := s[v]; return ok }
func (s Set[T]) Sorted() []T    { return slices.Sorted(maps.Keys(s)) }
func (s Set[T]) String() string { return fmt.Sprint(s.Sorted()) }
func (s Set[T]) Remove(vs ...T) {
	for _, v := range vs {
		delete(s, v)
	}
}

func Union[T cmp.Ordered](a, b Set[T]) Set[T] {
	out := maps.Clone(a)
	maps.Copy(out, b)
	return out
}

func Intersect[T cmp.Ordered](a, b Set[T]) Set[T] {
	out := Set[T]{}
	for v := range a {
		if b.Has(v) {
			out.Add(v)
		}
	}
	return out
}

func Difference[T cmp.Ordered](a, b Set[T]) Set[T] {
	out := maps.Clone(a)
	maps.DeleteFunc(out, func(k T, _ struct{}) bool { return b.Has(k) })
	return out
}

type User struct {
	Name     string
	Wishlist Set[string]
	Bought   Set[string]
}

func main() {
	users := []*User{
		{"amy", NewSet("kindle", "lego", "mug", "scarf"), NewSet("mug")},
		{"bo", NewSet("lego", "drone", "scarf"), NewSet[string]()},
		{"cy", NewSet("drone", "kindle", "lego"), NewSet("kindle", "lego")},
	}
	for _, u := range users {
		fmt.Printf("%-4s wants %v still %v\n", u.Name, u.Wishlist, Difference(u.Wishlist, u.Bought))
	}
	common := users[0].Wishlist
	all := NewSet[string]()
	for _, u := range users {
		common = Intersect(common, u.Wishlist)
		all = Union(all, u.Wishlist)
	}
	fmt.Println("wanted by all:", common)
	fmt.Println("wanted by any:", all, len(all))

	popularity := map[string]int{}
	for _, u := range users {
		for item := range u.Wishlist {
			popularity[item]++
		}
	}
	items := all.Sorted()
	slices.SortStableFunc(items, func(a, b string) int { return cmp.Compare(popularity[b], popularity[a]) })
	for _, it := range items {
		fmt.Printf("%-7s %s\n", it, strings.Repeat("*", popularity[it]))
	}
	ids := NewSet(42, 7, 19, 7, 3)
	ids.Remove(19, 100)
	fmt.Println(ids, ids.Has(42), ids.Has(19))
	fmt.Printf("%T %d\n", ids, len(ids))
	var s fmt.Stringer = NewSet(2.5, 1.5)
	fmt.Println(s)
}
