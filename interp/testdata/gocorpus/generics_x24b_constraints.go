package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Stringish interface {
	~string
}

type Parser[T any] interface {
	Parse(string) (T, error)
}

type IntParser struct{ base int }

func (p IntParser) Parse(s string) (int, error) {
	n, err := strconv.ParseInt(s, p.base, 64)
	return int(n), err
}

type BoolParser struct{}

func (BoolParser) Parse(s string) (bool, error) { return strconv.ParseBool(s) }

func ParseAll[T any, P Parser[T]](p P, inputs []string) ([]T, error) {
	var out []T
	var errs []error
	for _, in := range inputs {
		v, err := p.Parse(in)
		if err != nil {
			errs = append(errs, fmt.Errorf("%q: %w", in, err))
			continue
		}
		out = append(out, v)
	}
	return out, errors.Join(errs...)
}

func Join[S Stringish](xs []S, sep string) S {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = string(x)
	}
	return S(strings.Join(parts, sep))
}

type Color string

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s[x] = struct{}{}
	}
	return s
}

func (s Set[T]) Has(x T) bool { _, ok := s[x]; return ok }
func (s Set[T]) Union(o Set[T]) Set[T] {
	r := NewSet[T]()
	for k := range s {
		r[k] = struct{}{}
	}
	for k := range o {
		r[k] = struct{}{}
	}
	return r
}

func Keys[K comparable, V any](m map[K]V, less func(a, b K) bool) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return less(ks[i], ks[j]) })
	return ks
}

type Tree[T interface{ ~int | ~string }] struct {
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

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

func main() {
	ints, err := ParseAll[int](IntParser{16}, []string{"ff", "10", "zz", "7"})
	fmt.Println(ints, err)
	bs, err := ParseAll[bool](BoolParser{}, []string{"true", "0", "T"})
	fmt.Println(bs, err == nil)
	c := Join([]Color{"red", "green"}, "+")
	fmt.Printf("%v %T\n", c, c)
	a := NewSet(1, 2, 3)
	u := a.Union(NewSet(3, 4))
	fmt.Println(len(u), u.Has(4), a.Has(4), Keys(u, func(x, y int) bool { return x > y }))
	fmt.Println(u)
	var root *Tree[string]
	for _, w := range strings.Fields("m c x a e z b") {
		root = root.Insert(w)
	}
	var walked []string
	root.Walk(func(s string) { walked = append(walked, s) })
	fmt.Println(walked)
	var it *Tree[int]
	for _, n := range []int{5, 3, 8, 1} {
		it = it.Insert(n)
	}
	sum := 0
	it.Walk(func(n int) { sum = sum*10 + n })
	fmt.Println(sum)
}
