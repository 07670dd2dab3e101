package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Set[T cmp.Ordered] map[T]struct{}

func SetOf[T cmp.Ordered](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s[x] = struct{}{}
	}
	return s
}

func (s Set[T]) Has(x T) bool { _, ok := s[x]; return ok }
func (s Set[T]) Add(x T) bool {
	if s.Has(x) {
		return false
	}
	s[x] = struct{}{}
	return true
}
func (s Set[T]) All() iter.Seq[T] { return slices.Values(slices.Sorted(maps.Keys(s))) }
func (s Set[T]) String() string {
	var parts []string
	for x := range s.All() {
		parts = append(parts, fmt.Sprint(x))
	}
	return "{" + strings.Join(parts, ",") + "}"
}

type Relation[T cmp.Ordered] map[T]Set[T]

func (r Relation[T]) Add(a, b T) {
	if r[a] == nil {
		r[a] = Set[T]{}
	}
	r[a].Add(b)
}

// TransitiveClosure uses Warshall's idea on sets.
func (r Relation[T]) TransitiveClosure() Relation[T] {
	out := Relation[T]{}
	nodes := SetOf[T]()
	for a, bs := range r {
		nodes.Add(a)
		for b := range bs {
			nodes.Add(b)
			out.Add(a, b)
		}
	}
	for k := range nodes.All() {
		for i := range nodes.All() {
			if !out[i].Has(k) {
				continue
			}
			for j := range out[k].All() {
				out.Add(i, j)
			}
		}
	}
	return out
}

func Reach[T cmp.Ordered](r Relation[T], keys []T) {
	fmt.Printf("%-8s %-3s %s\n", "from", "n", "reaches")
	for _, k := range keys {
		fmt.Printf("%-8v %-3d %v\n", k, len(r[k]), r[k])
	}
}

func main() {
	calls := Relation[string]{}
	for _, p := range [][2]string{{"main", "parse"}, {"parse", "lex"}, {"main", "eval"}, {"eval", "apply"}, {"apply", "eval"}, {"eval", "lookup"}, {"lex", "read"}} {
		calls.Add(p[0], p[1])
	}
	tc := calls.TransitiveClosure()
	keys := slices.Sorted(maps.Keys(tc))
	Reach(tc, keys)
	var recursive []string
	for _, k := range keys {
		if tc[k].Has(k) {
			recursive = append(recursive, k)
		}
	}
	fmt.Println("recursive:", recursive)
	nums := Relation[int]{}
	for i := 1; i < 6; i++ {
		nums.Add(i, i*2%7)
	}
	ntc := nums.TransitiveClosure()
	Reach(ntc, slices.Sorted(maps.Keys(ntc)))
	s := SetOf(3, 1, 2)
	added2, added9 := s.Add(2), s.Add(9)
	fmt.Println(s, added2, added9, len(s))
	fmt.Printf("%v %T\n", SetOf[string](), s)
}
