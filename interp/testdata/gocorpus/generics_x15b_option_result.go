package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
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

func Find[T any](xs []T, pred func(T) bool) Option[T] {
	for _, x := range xs {
		if pred(x) {
			return Some(x)
		}
	}
	return None[T]()
}

var ErrNegative = errors.New("negative")

func half(n int) (float64, error) {
	if n < 0 {
		return 0, ErrNegative
	}
	return float64(n) / 2, nil
}

func main() {
	nums := []int{3, 8, -2, 11}
	fmt.Println(Find(nums, func(n int) bool { return n > 5 }), Find(nums, func(n int) bool { return n > 50 }))
	fmt.Println(Find(nums, func(n int) bool { return n > 50 }).OrElse(-1))
	names := []string{"ann", "bob"}
	o := Find(names, func(s string) bool { return strings.HasPrefix(s, "b") })
	if v, ok := o.Get(); ok {
		fmt.Println("found", v)
	}
	for _, in := range []string{"42", "-4", "x1"} {
		r := Then(Try(strconv.Atoi(in)), half)
		r2 := Then(r, func(f float64) (string, error) { return strconv.FormatFloat(f*3, 'f', 1, 64), nil })
		fmt.Printf("%-4s %v %v neg=%v\n", in, r, r2, errors.Is(r2.Err, ErrNegative))
	}
	opts := []Option[int]{Some(1), None[int](), Some(0)}
	fmt.Println(opts, fmt.Sprint(Some([]string{"a"})), Some[error](nil))
	var nested Option[Option[int]] = Some(Some(5))
	inner, _ := nested.Get()
	fmt.Println(nested, inner.OrElse(0))
}
