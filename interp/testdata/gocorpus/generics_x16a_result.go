package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Result[T any] struct {
	val T
	err error
}

func Ok[T any](v T) Result[T]      { return Result[T]{val: v} }
func Err[T any](e error) Result[T] { return Result[T]{err: e} }
func (r Result[T]) IsOk() bool     { return r.err == nil }
func (r Result[T]) Unwrap() T {
	if r.err != nil {
		panic(fmt.Sprintf("unwrap on error: %v", r.err))
	}
	return r.val
}
func (r Result[T]) UnwrapOr(d T) T {
	if r.err != nil {
		return d
	}
	return r.val
}

func Then[T, U any](r Result[T], f func(T) Result[U]) Result[U] {
	if r.err != nil {
		return Err[U](r.err)
	}
	return f(r.val)
}

func Try[T any](f func() (T, error)) Result[T] {
	v, err := f()
	if err != nil {
		return Err[T](err)
	}
	return Ok(v)
}

type Option[T any] struct {
	v     T
	valid bool
}

func Some[T any](v T) Option[T] { return Option[T]{v, true} }
func None[T any]() Option[T]    { return Option[T]{} }
func (o Option[T]) String() string {
	if !o.valid {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.v)
}

func safeDiv(a, b int) Result[int] {
	if b == 0 {
		return Err[int](errors.New("division by zero"))
	}
	return Ok(a / b)
}

func main() {
	inputs := []string{"84", "x", "0", "7"}
	for _, in := range inputs {
		r := Try(func() (int, error) { return strconv.Atoi(in) })
		r2 := Then(r, func(n int) Result[int] { return safeDiv(168, n) })
		r3 := Then(r2, func(n int) Result[string] { return Ok(fmt.Sprintf("<%d>", n)) })
		fmt.Printf("%-3s ok=%-5t %q err=%v\n", in, r3.IsOk(), r3.UnwrapOr("?"), r3.err)
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		safeDiv(1, 0).Unwrap()
	}()
	opts := []Option[int]{Some(3), None[int](), Some(0)}
	fmt.Println(opts)
	fmt.Printf("%v %s\n", Some("hi"), None[bool]())
}
