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

func Try[T any](f func() (T, error)) Result[T] {
	v, err := f()
	return Result[T]{v, err}
}

func Map[T, U any](r Result[T], f func(T) U) Result[U] {
	if r.Err != nil {
		return Result[U]{Err: r.Err}
	}
	return Result[U]{Val: f(r.Val)}
}

func Collect[T any](rs ...Result[T]) ([]T, error) {
	var out []T
	var errs []error
	for _, r := range rs {
		if r.Err != nil {
			errs = append(errs, r.Err)
			continue
		}
		out = append(out, r.Val)
	}
	return out, errors.Join(errs...)
}

func Lookup[K comparable, V any](m map[K]V, k K) Option[V] {
	if v, ok := m[k]; ok {
		return Some(v)
	}
	return None[V]()
}

func main() {
	prices := map[string]int{"tea": 350, "cake": 425}
	for _, k := range []string{"tea", "pie"} {
		o := Lookup(prices, k)
		fmt.Println(k, o, o.OrElse(-1))
	}
	inputs := []string{"12", "x", "7", "99999999999999999999"}
	var rs []Result[int]
	for _, s := range inputs {
		r := Try(func() (int, error) { return strconv.Atoi(s) })
		rs = append(rs, Map(r, func(n int) int { return n * 2 }))
	}
	vals, err := Collect(rs...)
	fmt.Println(vals)
	fmt.Println(err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num)
	strs := Map(Result[int]{Val: 5}, strconv.Itoa)
	fmt.Printf("%q %v\n", strs.Val, strs.Err)
	fmt.Printf("%v %+v\n", Some(Some(3)), None[[]int]())
}
