// Exercises: generic Option/Result types with methods returning the same generic type, zero values via var, %v of generic structs
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

func Try[T any](v T, err error) Result[T] { return Result[T]{v, err} }

func (r Result[T]) Must() T {
	if r.Err != nil {
		panic(r.Err)
	}
	return r.Val
}

func find(xs []string, want string) Option[int] {
	for i, x := range xs {
		if x == want {
			return Some(i)
		}
	}
	return None[int]()
}

func main() {
	xs := []string{"a", "b", "c"}
	fmt.Println(find(xs, "b"), find(xs, "z"))
	fmt.Println(find(xs, "z").OrElse(-1))
	r := Try(strconv.Atoi("42"))
	fmt.Println(r.Must()+1, r.Err == nil)
	bad := Try(strconv.Atoi("x"))
	var ne *strconv.NumError
	fmt.Println(errors.As(bad.Err, &ne), ne.Func)
	defer func() { fmt.Println("recovered:", recover()) }()
	bad.Must()
}
