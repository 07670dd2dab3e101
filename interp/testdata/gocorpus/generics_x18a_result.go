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
		panic("unwrap on error: " + r.err.Error())
	}
	return r.val
}
func (r Result[T]) OrElse(d T) T {
	if r.err != nil {
		return d
	}
	return r.val
}

func Then[T, U any](r Result[T], f func(T) (U, error)) Result[U] {
	if r.err != nil {
		return Err[U](r.err)
	}
	u, err := f(r.val)
	if err != nil {
		return Err[U](err)
	}
	return Ok(u)
}

func (r Result[T]) String() string {
	if r.err != nil {
		return "Err(" + r.err.Error() + ")"
	}
	return fmt.Sprintf("Ok(%v)", r.val)
}

type Optional[T any] struct {
	v *T
}

func Some[T any](v T) Optional[T] { return Optional[T]{&v} }
func (o Optional[T]) Get() (T, bool) {
	if o.v == nil {
		var z T
		return z, false
	}
	return *o.v, true
}

func main() {
	inputs := []string{"42", "x7", "-3", "1000"}
	for _, in := range inputs {
		r := Then(Then(Ok(in), strconv.Atoi), func(n int) (float64, error) {
			if n < 0 {
				return 0, errors.New("negative")
			}
			return float64(n) / 8, nil
		})
		fmt.Println(in, r, r.OrElse(-1), r.IsOk())
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	o := Some("hi")
	v, ok := o.Get()
	var none Optional[[]int]
	nv, nok := none.Get()
	fmt.Println(v, ok, nv == nil, nok)
	fmt.Println(Err[int](errors.New("bad")).Unwrap())
}
