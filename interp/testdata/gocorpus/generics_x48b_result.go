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

func Ok[T any](v T) Result[T]             { return Result[T]{val: v} }
func Err[T any](e error) Result[T]        { return Result[T]{err: e} }
func Try[T any](v T, err error) Result[T] { return Result[T]{v, err} }

func (r Result[T]) IsOk() bool { return r.err == nil }

func (r Result[T]) Unwrap() T {
	if r.err != nil {
		panic(fmt.Sprintf("unwrap on error: %v", r.err))
	}
	return r.val
}

func (r Result[T]) UnwrapOr(def T) T {
	if r.err != nil {
		return def
	}
	return r.val
}

func (r Result[T]) String() string {
	if r.err != nil {
		return "Err(" + r.err.Error() + ")"
	}
	return fmt.Sprintf("Ok(%v)", r.val)
}

func Then[T, U any](r Result[T], f func(T) Result[U]) Result[U] {
	if r.err != nil {
		return Err[U](r.err)
	}
	return f(r.val)
}

func MapR[T, U any](r Result[T], f func(T) U) Result[U] {
	if r.err != nil {
		return Err[U](r.err)
	}
	return Ok(f(r.val))
}

var ErrNegative = errors.New("negative")

func checkPos(n int) Result[int] {
	if n < 0 {
		return Err[int](fmt.Errorf("check %d: %w", n, ErrNegative))
	}
	return Ok(n)
}

func safeUnwrap[T any](r Result[T]) (v T, msg string) {
	defer func() {
		if p := recover(); p != nil {
			msg = fmt.Sprint("recovered: ", p)
		}
	}()
	return r.Unwrap(), "fine"
}

func main() {
	inputs := []string{"42", "-7", "abc", "100"}
	for _, in := range inputs {
		r := Then(Try(strconv.Atoi(in)), checkPos)
		doubled := MapR(r, func(n int) string { return strconv.Itoa(n * 2) })
		fmt.Printf("%-4s %v %v %q\n", in, r, doubled.IsOk(), doubled.UnwrapOr("n/a"))
		if !r.IsOk() {
			fmt.Println("  negative?", errors.Is(r.err, ErrNegative))
			var ne *strconv.NumError
			if errors.As(r.err, &ne) {
				fmt.Println("  numerror:", ne.Func, ne.Num, ne.Err)
			}
		}
	}
	v, msg := safeUnwrap(Ok(3.5))
	fmt.Println(v, msg)
	v, msg = safeUnwrap(Err[float64](errors.New("boom")))
	fmt.Println(v, msg)
	fmt.Printf("%T %+v\n", Ok("x"), Ok([]int{1, 2}))
}
