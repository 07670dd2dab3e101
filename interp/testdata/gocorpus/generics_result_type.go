// Exercises: generic Result[T] type combining value and error, with a Try helper.
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

func Try[T any](v T, err error) Result[T] { return Result[T]{v, err} }

func (r Result[T]) String() string {
	if r.Err != nil {
		return "Err(" + r.Err.Error() + ")"
	}
	return fmt.Sprintf("Ok(%v)", r.Val)
}

func Then[T, U any](r Result[T], f func(T) (U, error)) Result[U] {
	if r.Err != nil {
		return Result[U]{Err: r.Err}
	}
	return Try(f(r.Val))
}

func half(n int) (float64, error) {
	if n%2 != 0 {
		return 0, errors.New("odd")
	}
	return float64(n) / 2, nil
}

func main() {
	for _, s := range []string{"8", "7", "x"} {
		r := Try(strconv.Atoi(s))
		fmt.Println(r, Then(r, half))
	}
}
