package main

import (
	"errors"
	"fmt"
	"strings"
)

type Future[T any] struct {
	done chan struct{}
	val  T
	err  error
}

func Async[T any](f func() (T, error)) *Future[T] {
	fu := &Future[T]{done: make(chan struct{})}
	go func() {
		defer close(fu.done)
		defer func() {
			if r := recover(); r != nil {
				fu.err = fmt.Errorf("panic: %v", r)
			}
		}()
		fu.val, fu.err = f()
	}()
	return fu
}

func (f *Future[T]) Await() (T, error) {
	<-f.done
	return f.val, f.err
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
	out := make([]T, len(fs))
	var errs []error
	for i, f := range fs {
		v, err := f.Await()
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out[i] = v
	}
	return out, errors.Join(errs...)
}

func main() {
	f1 := Async(func() (int, error) { return 6 * 7, nil })
	f2 := Then(f1, func(n int) (string, error) {
		return strings.Repeat("ab", n/21), nil
	})
	s, err := f2.Await()
	fmt.Printf("%q %v\n", s, err)

	bad := Async(func() (int, error) {
		var m map[string]int
		m["x"] = 1
		return 0, nil
	})
	_, err = bad.Await()
	fmt.Println("bad:", err)

	fs := []*Future[int]{
		Async(func() (int, error) { return 1, nil }),
		Async(func() (int, error) { return 0, errors.New("second failed") }),
		Async(func() (int, error) { return 3, nil }),
		Async(func() (int, error) { panic("fourth exploded") }),
	}
	vals, err := All(fs...)
	fmt.Println(vals)
	fmt.Println(err)
	fmt.Printf("%T\n", fs[0])
}
