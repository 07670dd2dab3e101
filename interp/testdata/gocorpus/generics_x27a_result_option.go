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
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.val)
}

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](v T, err error) Result[T] { return Result[T]{v, err} }

func Then[T, U any](r Result[T], f func(T) (U, error)) Result[U] {
	if r.Err != nil {
		return Result[U]{Err: r.Err}
	}
	return Try(f(r.Val))
}

func (r Result[T]) String() string {
	if r.Err != nil {
		return "Err(" + r.Err.Error() + ")"
	}
	return fmt.Sprintf("Ok(%v)", r.Val)
}

func Find[T comparable](xs []T, x T) Option[int] {
	for i, v := range xs {
		if v == x {
			return Some(i)
		}
	}
	return None[int]()
}

type Number interface{ ~int | ~float64 }

func SafeDiv[T Number](a, b T) (T, error) {
	if b == 0 {
		return 0, errors.New("division by zero")
	}
	return a / b, nil
}

func main() {
	xs := []string{"a", "b", "c"}
	fmt.Println(Find(xs, "b"), Find(xs, "z"), Find(xs, "z").OrElse(-1))
	if i, ok := Find([]float64{1.5, 2.5}, 2.5).Get(); ok {
		fmt.Println("found at", i)
	}
	for _, in := range []string{"84", "0", "x"} {
		r := Then(Try(strconv.Atoi(in)), func(n int) (int, error) { return SafeDiv(168, n) })
		r2 := Then(r, func(n int) (string, error) { return strconv.Itoa(n * 2), nil })
		fmt.Println(r, r2)
	}
	fmt.Println(SafeDiv(7.0, 2))
	var o Option[[]int]
	fmt.Println(o, Some([]int{1, 2}), Some(Some("nested")))
	fmt.Printf("%v %+v\n", Some(3.5), Try(1, nil))
}
