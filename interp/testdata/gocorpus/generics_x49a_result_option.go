package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Result[T any] struct {
	val T
	err error
}

func Ok[T any](v T) Result[T]          { return Result[T]{val: v} }
func Err[T any](err error) Result[T]   { return Result[T]{err: err} }
func (r Result[T]) Unwrap() (T, error) { return r.val, r.err }

func (r Result[T]) OrElse(def T) T {
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

func Map[T, U any](r Result[T], f func(T) U) Result[U] {
	if r.err != nil {
		return Err[U](r.err)
	}
	return Ok(f(r.val))
}

func Then[T, U any](r Result[T], f func(T) (U, error)) Result[U] {
	if r.err != nil {
		return Err[U](r.err)
	}
	v, err := f(r.val)
	if err != nil {
		return Err[U](err)
	}
	return Ok(v)
}

func Try[T any](f func() (T, error)) Result[T] {
	v, err := f()
	return Result[T]{v, err}
}

var ErrNegative = errors.New("negative")

func sqrtInt(n int) (int, error) {
	if n < 0 {
		return 0, fmt.Errorf("sqrt(%d): %w", n, ErrNegative)
	}
	r := 0
	for (r+1)*(r+1) <= n {
		r++
	}
	return r, nil
}

func pipeline(s string) Result[string] {
	r := Try(func() (int, error) { return strconv.Atoi(strings.TrimSpace(s)) })
	root := Then(r, sqrtInt)
	return Map(root, func(n int) string { return strings.Repeat("*", n) })
}

func main() {
	for _, in := range []string{"16", " 10 ", "-4", "abc", "0"} {
		res := pipeline(in)
		_, err := res.Unwrap()
		fmt.Printf("%-6q %-30v neg=%v default=%q\n", in, res, errors.Is(err, ErrNegative), res.OrElse("?"))
	}
	var ne *strconv.NumError
	_, err := pipeline("x").Unwrap()
	fmt.Println(errors.As(err, &ne), ne.Func)
	rs := []Result[int]{Ok(1), Err[int](errors.New("e")), Ok(3)}
	fmt.Println(rs)
	fmt.Printf("%v %T\n", Map(Ok(2.5), func(f float64) int { return int(f * 2) }), Ok("s"))
}
