package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

type Future[T any] struct {
	done chan struct{}
	val  T
	err  error
}

func Async[T any](f func() (T, error)) *Future[T] {
	fut := &Future[T]{done: make(chan struct{})}
	go func() {
		defer close(fut.done)
		defer func() {
			if r := recover(); r != nil {
				fut.err = fmt.Errorf("panic: %v", r)
			}
		}()
		fut.val, fut.err = f()
	}()
	return fut
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
			errs = append(errs, fmt.Errorf("future %d: %w", i, err))
			continue
		}
		out[i] = v
	}
	return out, errors.Join(errs...)
}

var prices = map[string]int{"apple": 3, "pear": 4, "kiwi": 7}

func lookup(name string) (int, error) {
	p, ok := prices[name]
	if !ok {
		return 0, fmt.Errorf("no price for %s", name)
	}
	return p, nil
}

func main() {
	var mu sync.Mutex
	var started []string
	names := []string{"apple", "pear", "kiwi"}
	futs := make([]*Future[int], len(names))
	for i, n := range names {
		futs[i] = Async(func() (int, error) {
			mu.Lock()
			started = append(started, n)
			mu.Unlock()
			return lookup(n)
		})
	}
	vals, err := All(futs...)
	fmt.Println(vals, err, len(started))

	doubled := Then(futs[2], func(v int) (string, error) {
		return strings.Repeat("*", v*2), nil
	})
	s, err := doubled.Await()
	fmt.Println(s, err)

	bad := Async(func() (int, error) { return lookup("mango") })
	chained := Then(bad, func(v int) (int, error) { return v + 1, nil })
	fmt.Println(chained.Await())

	boom := Async(func() ([]int, error) {
		var idx = 5
		return []int{1, 2, 3}[:idx], nil
	})
	v, err := boom.Await()
	fmt.Println(v == nil, err)

	vals, err = All(futs[0], bad, Async(func() (int, error) { panic("kaboom") }))
	fmt.Println(vals)
	fmt.Println(err)
	v1, _ := futs[1].Await()
	v2, _ := futs[1].Await()
	fmt.Println(v1 == v2)
}
