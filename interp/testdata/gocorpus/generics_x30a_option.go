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

func (r Result[T]) Must() T {
	if r.Err != nil {
		panic(r.Err)
	}
	return r.Val
}

func MapOpt[T, U any](o Option[T], f func(T) U) Option[U] {
	if v, ok := o.Get(); ok {
		return Some(f(v))
	}
	return None[U]()
}

func Then[T, U any](r Result[T], f func(T) (U, error)) Result[U] {
	if r.Err != nil {
		return Result[U]{Err: r.Err}
	}
	return Try(f(r.Val))
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

func sqrtInt(n int) (int, error) {
	if n < 0 {
		return 0, ErrNegative
	}
	r := 0
	for (r+1)*(r+1) <= n {
		r++
	}
	return r, nil
}

func main() {
	xs := []int{3, 8, 15, 4}
	even := Find(xs, func(n int) bool { return n%2 == 0 })
	big := Find(xs, func(n int) bool { return n > 100 })
	fmt.Println(even, big, big.OrElse(-1))
	fmt.Println(MapOpt(even, func(n int) string { return strconv.Itoa(n * 10) }))
	fmt.Printf("%v %+v %T\n", MapOpt(big, strconv.Itoa), Some("x"), None[float64]())

	for _, in := range []string{"49", "-4", "abc"} {
		r := Then(Try(strconv.Atoi(in)), sqrtInt)
		if r.Err != nil {
			fmt.Printf("%-4s error: %v (negative=%t)\n", in, r.Err, errors.Is(r.Err, ErrNegative))
			continue
		}
		fmt.Printf("%-4s sqrt=%d\n", in, r.Val)
	}

	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println("Must panicked:", e)
			}
		}()
		fmt.Println(Try(strconv.ParseBool("true")).Must())
		fmt.Println(Try(strconv.ParseBool("maybe")).Must())
	}()

	opts := []Option[int]{Some(1), None[int](), Some(3)}
	total := 0
	for _, o := range opts {
		total += o.OrElse(100)
	}
	fmt.Println(opts, total)
}
