package main

import (
	"errors"
	"fmt"
	"strings"
)

func Memoize[K comparable, V any](f func(K) V) (func(K) V, func() int) {
	cache := map[K]V{}
	hits := 0
	return func(k K) V {
			if v, ok := cache[k]; ok {
				hits++
				return v
			}
			v := f(k)
			cache[k] = v
			return v
		}, func() int {
			return hits
		}
}

type RetryPolicy struct {
	Attempts  int
	Backoff   func(int) int
	Retryable func(error) bool
}

var ErrTransient = errors.New("transient")
var ErrFatal = errors.New("fatal")

func (p RetryPolicy) Do(op func(attempt int) error) (waits []int, err error) {
	for a := 1; a <= p.Attempts; a++ {
		err = op(a)
		if err == nil || !p.Retryable(err) {
			return waits, err
		}
		if a < p.Attempts {
			waits = append(waits, p.Backoff(a))
		}
	}
	return waits, fmt.Errorf("after %d attempts: %w", p.Attempts, err)
}

func counter() (inc func() int, get func() int) {
	n := 0
	inc = func() int { n++; return n }
	get = func() int { return n }
	return
}

func main() {
	var fib func(int) int
	calls := 0
	fibMemo, hits := Memoize(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fib = fibMemo
	fmt.Println(fib(40), calls, hits())
	fmt.Println(fib(41), calls, hits())

	upper, _ := Memoize(strings.ToUpper)
	fmt.Println(upper("abc"), upper("abc"))

	policy := RetryPolicy{
		Attempts:  4,
		Backoff:   func(a int) int { return 100 << (a - 1) },
		Retryable: func(err error) bool { return errors.Is(err, ErrTransient) },
	}
	scenarios := map[string]func(int) error{
		"ok-third": func(a int) error {
			if a < 3 {
				return fmt.Errorf("try %d: %w", a, ErrTransient)
			}
			return nil
		},
		"always": func(a int) error { return ErrTransient },
		"fatal":  func(a int) error { return fmt.Errorf("boom: %w", ErrFatal) },
	}
	for _, name := range []string{"always", "fatal", "ok-third"} {
		waits, err := policy.Do(scenarios[name])
		fmt.Printf("%-9s waits=%v err=%v transient=%v\n", name, waits, err, errors.Is(err, ErrTransient))
	}
	inc, get := counter()
	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return inc() * (i + 1) })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println(get())
}
