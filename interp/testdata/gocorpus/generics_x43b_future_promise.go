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

type Future[T any] struct {
	ch  chan Result[T]
	res *Result[T]
}

func Async[T any](f func() (T, error)) *Future[T] {
	fut := &Future[T]{ch: make(chan Result[T], 1)}
	go func() {
		defer func() {
			if r := recover(); r != nil {
				var zero T
				fut.ch <- Result[T]{zero, fmt.Errorf("panic: %v", r)}
			}
		}()
		v, err := f()
		fut.ch <- Result[T]{v, err}
	}()
	return fut
}

func (f *Future[T]) Await() (T, error) {
	if f.res == nil {
		r := <-f.ch
		f.res = &r
	}
	return f.res.Val, f.res.Err
}

func Then[T, U any](f *Future[T], g func(T) (U, error)) *Future[U] {
	return Async(func() (U, error) {
		v, err := f.Await()
		if err != nil {
			var zero U
			return zero, err
		}
		return g(v)
	})
}

func All[T any](fs ...*Future[T]) ([]T, error) {
	out := make([]T, 0, len(fs))
	var errs []error
	for _, f := range fs {
		v, err := f.Await()
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, v)
	}
	return out, errors.Join(errs...)
}

func main() {
	parse := func(s string) *Future[int] {
		return Async(func() (int, error) { return strconv.Atoi(s) })
	}
	f1 := parse("21")
	doubled := Then(f1, func(n int) (string, error) { return strconv.Itoa(n * 2), nil })
	v, err := doubled.Await()
	fmt.Printf("%q %v\n", v, err)
	v, _ = doubled.Await()
	fmt.Println("again:", v)

	vals, err := All(parse("1"), parse("x"), parse("3"), parse("4.5"))
	fmt.Println(vals)
	fmt.Println(err)

	boom := Async(func() (float64, error) {
		var m map[string]*int
		return float64(*m["k"]), nil
	})
	_, err = boom.Await()
	fmt.Println(err)
	fmt.Printf("%T\n", boom)
}
