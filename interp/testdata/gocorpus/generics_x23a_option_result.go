package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Option[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Option[T] { return Option[T]{v, true} }
func None[T any]() Option[T]    { return Option[T]{} }

func (o Option[T]) Get() (T, bool) { return o.val, o.ok }
func (o Option[T]) OrElse(d T) T {
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

type Result[T any] struct {
	val T
	err error
}

func Ok[T any](v T) Result[T]      { return Result[T]{val: v} }
func Err[T any](e error) Result[T] { return Result[T]{err: e} }
func (r Result[T]) IsOk() bool     { return r.err == nil }
func (r Result[T]) Unwrap() T {
	if r.err != nil {
		panic(r.err)
	}
	return r.val
}
func (r Result[T]) String() string {
	if r.err != nil {
		return "Err(" + r.err.Error() + ")"
	}
	return fmt.Sprintf("Ok(%v)", r.val)
}

func Map[T, U any](r Result[T], f func(T) U) Result[U] {
	if r.err != nil {
		return Err[U](r.err)
	}
	return Ok(f(r.val))
}

func AndThen[T, U any](r Result[T], f func(T) Result[U]) Result[U] {
	if r.err != nil {
		return Err[U](r.err)
	}
	return f(r.val)
}

func parse(s string) Result[int] {
	n, err := strconv.Atoi(s)
	if err != nil {
		return Err[int](fmt.Errorf("parse %q: %w", s, err))
	}
	return Ok(n)
}

func half(n int) Result[int] {
	if n%2 != 0 {
		return Err[int](errors.New("odd: " + strconv.Itoa(n)))
	}
	return Ok(n / 2)
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
	for _, s := range []string{"42", "7", "x"} {
		r := AndThen(parse(s), half)
		m := Map(r, func(n int) string { return "#" + strconv.Itoa(n) })
		fmt.Println(s, r, m, r.IsOk())
	}
	words := []string{"a", "b", "c"}
	fmt.Println(find(words, "b"), find(words, "z"))
	fmt.Println(find(words, "z").OrElse(-1))
	if v, ok := find([]float64{1.5, 2.5}, 2.5).Get(); ok {
		fmt.Println("found at", v)
	}
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			var ne *strconv.NumError
			fmt.Println("panic:", e, errors.As(e, &ne), ne.Func)
		}
	}()
	fmt.Println(parse("12").Unwrap())
	parse("zz").Unwrap()
}
