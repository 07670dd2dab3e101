package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Result[T any] struct {
	Val T
	Err error
}

func Ok[T any](v T) Result[T]         { return Result[T]{Val: v} }
func Fail[T any](err error) Result[T] { return Result[T]{Err: err} }

func (r Result[T]) String() string {
	if r.Err != nil {
		return "Err(" + r.Err.Error() + ")"
	}
	return fmt.Sprintf("Ok(%v)", r.Val)
}

func Then[T, U any](r Result[T], f func(T) (U, error)) Result[U] {
	if r.Err != nil {
		return Fail[U](r.Err)
	}
	v, err := f(r.Val)
	if err != nil {
		return Fail[U](err)
	}
	return Ok(v)
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Partition[T any](rs []Result[T]) (oks []T, errs []error) {
	for _, r := range rs {
		if r.Err != nil {
			errs = append(errs, r.Err)
		} else {
			oks = append(oks, r.Val)
		}
	}
	return
}

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[N Number](xs []N) N {
	var s N
	for _, x := range xs {
		s += x
	}
	return s
}

var errNegative = errors.New("negative")

func main() {
	inputs := strings.Split("12, 7,x9, -3, 40,  , 5", ",")
	results := Map(inputs, func(s string) Result[int] {
		r := Then(Ok(strings.TrimSpace(s)), func(s string) (int, error) {
			if s == "" {
				return 0, errors.New("empty field")
			}
			return strconv.Atoi(s)
		})
		return Then(r, func(n int) (int, error) {
			if n < 0 {
				return 0, fmt.Errorf("value %d: %w", n, errNegative)
			}
			return n * n, nil
		})
	})
	for i, r := range results {
		fmt.Printf("%d: %v\n", i, r)
	}
	oks, errs := Partition(results)
	fmt.Println("sum of squares:", Sum(oks))
	neg := 0
	for _, e := range errs {
		if errors.Is(e, errNegative) {
			neg++
		}
		var ne *strconv.NumError
		if errors.As(e, &ne) {
			fmt.Printf("num error: func=%s input=%q\n", ne.Func, ne.Num)
		}
	}
	fmt.Println("errors:", len(errs), "negative:", neg)
	fmt.Println(Sum([]float64{0.5, 1.25}), fmt.Sprintf("%T", Ok(1.5)))
}
