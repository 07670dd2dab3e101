package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

type Result[T any] struct {
	Value T
	Err   error
}

type Promise[T any] struct {
	ch   chan Result[T]
	once sync.Once
	res  Result[T]
}

func NewPromise[T any](fn func() (T, error)) *Promise[T] {
	p := &Promise[T]{ch: make(chan Result[T], 1)}
	go func() {
		defer func() {
			if r := recover(); r != nil {
				var zero T
				p.ch <- Result[T]{zero, fmt.Errorf("panic: %v", r)}
			}
		}()
		v, err := fn()
		p.ch <- Result[T]{v, err}
	}()
	return p
}

func (p *Promise[T]) Await() (T, error) {
	p.once.Do(func() { p.res = <-p.ch })
	return p.res.Value, p.res.Err
}

func Then[T, U any](p *Promise[T], fn func(T) (U, error)) *Promise[U] {
	return NewPromise(func() (U, error) {
		v, err := p.Await()
		if err != nil {
			var zero U
			return zero, err
		}
		return fn(v)
	})
}

func All[T any](ps ...*Promise[T]) *Promise[[]T] {
	return NewPromise(func() ([]T, error) {
		out := make([]T, len(ps))
		for i, p := range ps {
			v, err := p.Await()
			if err != nil {
				return nil, fmt.Errorf("promise %d: %w", i, err)
			}
			out[i] = v
		}
		return out, nil
	})
}

func fetchUser(id int) *Promise[string] {
	return NewPromise(func() (string, error) {
		if id < 0 {
			return "", errors.New("bad id")
		}
		if id == 13 {
			panic("unlucky")
		}
		return fmt.Sprintf("user%d", id), nil
	})
}

func main() {
	p := fetchUser(1)
	v, err := p.Await()
	fmt.Println(v, err)
	v, err = p.Await()
	fmt.Println("again:", v, err)

	upper := Then(fetchUser(2), func(s string) (string, error) {
		return strings.ToUpper(s), nil
	})
	length := Then(upper, func(s string) (int, error) { return len(s), nil })
	n, err := length.Await()
	fmt.Println(n, err)

	all, err := All(fetchUser(3), fetchUser(4), fetchUser(5)).Await()
	fmt.Println(all, err)
	all, err = All(fetchUser(6), fetchUser(-1)).Await()
	fmt.Printf("%q %v\n", all, err)
	_, err = fetchUser(13).Await()
	fmt.Println("err:", err)

	failed := Then(fetchUser(-5), func(s string) (int, error) { return 1, nil })
	x, err := failed.Await()
	fmt.Println(x, err)
}
