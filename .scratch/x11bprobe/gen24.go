package main

import (
	"fmt"
	"strconv"
)

type Container[T any] interface {
	Add(T)
	All() []T
}

type Bag[T any] struct{ xs []T }

func (b *Bag[T]) Add(x T)  { b.xs = append(b.xs, x) }
func (b *Bag[T]) All() []T { return b.xs }

type Uniq[T comparable] struct {
	seen map[T]bool
	xs   []T
}

func (u *Uniq[T]) Add(x T) {
	if u.seen == nil {
		u.seen = map[T]bool{}
	}
	if !u.seen[x] {
		u.seen[x] = true
		u.xs = append(u.xs, x)
	}
}
func (u *Uniq[T]) All() []T { return u.xs }

func Fill[T any](c Container[T], xs ...T) Container[T] {
	for _, x := range xs {
		c.Add(x)
	}
	return c
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func main() {
	cs := []Container[int]{&Bag[int]{}, &Uniq[int]{}}
	for _, c := range cs {
		fmt.Println(Fill(c, 3, 1, 3, 2).All())
	}
	strs := Map[int](cs[1].All(), strconv.Itoa)
	fmt.Printf("%q\n", strs)
	var sc Container[string] = &Uniq[string]{}
	sc.Add("a")
	sc.Add("a")
	fmt.Println(len(sc.All()), Map(sc.All(), func(s string) int { return len(s) }))
}
