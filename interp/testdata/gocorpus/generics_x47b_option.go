package main

import (
	"fmt"
	"strconv"
)

type Option[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Option[T] { return Option[T]{val: v, ok: true} }
func None[T any]() Option[T]    { return Option[T]{} }

func (o Option[T]) IsSome() bool { return o.ok }
func (o Option[T]) Unwrap() T {
	if !o.ok {
		panic("called Unwrap on None")
	}
	return o.val
}
func (o Option[T]) UnwrapOr(d T) T {
	if o.ok {
		return o.val
	}
	return d
}
func (o Option[T]) String() string {
	if o.ok {
		return fmt.Sprintf("Some(%v)", o.val)
	}
	return "None"
}

func Map[T, U any](o Option[T], f func(T) U) Option[U] {
	if !o.ok {
		return None[U]()
	}
	return Some(f(o.val))
}

func AndThen[T, U any](o Option[T], f func(T) Option[U]) Option[U] {
	if !o.ok {
		return None[U]()
	}
	return f(o.val)
}

func parse(s string) Option[int] {
	n, err := strconv.Atoi(s)
	if err != nil {
		return None[int]()
	}
	return Some(n)
}

func find[T comparable](xs []T, x T) Option[int] {
	for i, v := range xs {
		if v == x {
			return Some(i)
		}
	}
	return None[int]()
}

func main() {
	inputs := []string{"42", "x", "-7", ""}
	for _, in := range inputs {
		o := parse(in)
		doubled := Map(o, func(n int) int { return n * 2 })
		str := Map(doubled, func(n int) string { return "#" + strconv.Itoa(n) })
		fmt.Printf("%q -> %v %v %s\n", in, o, doubled, str)
	}
	pos := AndThen(parse("3"), func(n int) Option[int] {
		if n > 0 {
			return Some(n * n)
		}
		return None[int]()
	})
	fmt.Println(pos, pos.UnwrapOr(-1))
	names := []string{"ann", "bob", "cy"}
	fmt.Println(find(names, "bob"), find(names, "zed"))
	fmt.Println(find(names, "zed").UnwrapOr(-1))
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered:", r)
			}
		}()
		None[string]().Unwrap()
	}()
	var opts []fmt.Stringer
	opts = append(opts, Some(1.5), None[bool](), Some("hi"))
	for _, s := range opts {
		fmt.Printf("%T %s\n", s, s)
	}
	fmt.Printf("%+v\n", Some(3))
}
