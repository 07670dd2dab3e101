package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Option[T any] struct {
	val   T
	valid bool
}

func Some[T any](v T) Option[T] { return Option[T]{v, true} }
func None[T any]() Option[T]    { return Option[T]{} }

func (o Option[T]) Get() (T, bool) { return o.val, o.valid }
func (o Option[T]) OrElse(d T) T {
	if o.valid {
		return o.val
	}
	return d
}
func (o Option[T]) String() string {
	if !o.valid {
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

func MapOpt[T, U any](o Option[T], f func(T) U) Option[U] {
	if v, ok := o.Get(); ok {
		return Some(f(v))
	}
	return None[U]()
}

func find[T comparable](xs []T, x T) Option[int] {
	for i, v := range xs {
		if v == x {
			return Some(i)
		}
	}
	return None[int]()
}

func half(n int) (int, error) {
	if n%2 != 0 {
		return 0, fmt.Errorf("%d is odd", n)
	}
	return n / 2, nil
}

func main() {
	xs := []string{"a", "b", "c"}
	fmt.Println(find(xs, "b"), find(xs, "z"))
	fmt.Println(MapOpt(find(xs, "c"), func(i int) string { return xs[i] + "!" }))
	fmt.Println(find(xs, "q").OrElse(-1))
	for _, in := range []string{"40", "12", "7", "x"} {
		r := Then(Then(Try(strconv.Atoi(in)), half), half)
		fmt.Printf("%-3s %v\n", in, r)
		var ne *strconv.NumError
		if errors.As(r.Err, &ne) {
			fmt.Println("   num error func:", ne.Func)
		}
	}
	opts := []Option[float64]{Some(1.5), None[float64](), Some(0.0)}
	fmt.Println(opts)
	fmt.Printf("%v %+v\n", Some("x"), Result[int]{Val: 3})
}
