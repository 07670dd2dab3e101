// Exercises: a Result[T] type bundling a value or an error, with a generic Then function.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Result[T any] struct {
	Val T
	Err error
}

func Ok[T any](v T) Result[T]         { return Result[T]{Val: v} }
func Fail[T any](err error) Result[T] { return Result[T]{Err: err} }

func Then[T, U any](r Result[T], f func(T) (U, error)) Result[U] {
	if r.Err != nil {
		return Fail[U](r.Err)
	}
	u, err := f(r.Val)
	if err != nil {
		return Fail[U](err)
	}
	return Ok(u)
}

func (r Result[T]) String() string {
	if r.Err != nil {
		return "error: " + r.Err.Error()
	}
	return fmt.Sprintf("ok: %v", r.Val)
}

func half(n int) (int, error) {
	if n%2 != 0 {
		return 0, errors.New("odd number")
	}
	return n / 2, nil
}

func main() {
	for _, s := range []string{"12", "7", "abc"} {
		r := Then(Ok(s), strconv.Atoi)
		r2 := Then(r, half)
		r3 := Then(r2, func(n int) (string, error) { return fmt.Sprint(n, "!"), nil })
		fmt.Println(s, "=>", r3)
	}
}
