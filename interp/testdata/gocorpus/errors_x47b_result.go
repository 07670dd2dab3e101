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

func Ok[T any](v T) Result[T]       { return Result[T]{Val: v} }
func Err[T any](e error) Result[T]  { return Result[T]{Err: e} }
func (r Result[T]) IsOk() bool      { return r.Err == nil }
func (r Result[T]) Get() (T, error) { return r.Val, r.Err }
func (r Result[T]) OrElse(d T) T {
	if r.Err != nil {
		return d
	}
	return r.Val
}

func (r Result[T]) String() string {
	if r.Err != nil {
		return "Err(" + r.Err.Error() + ")"
	}
	return fmt.Sprintf("Ok(%v)", r.Val)
}

func Then[T, U any](r Result[T], f func(T) (U, error)) Result[U] {
	if r.Err != nil {
		return Err[U](r.Err)
	}
	v, err := f(r.Val)
	if err != nil {
		return Err[U](err)
	}
	return Ok(v)
}

var ErrNegative = errors.New("negative value")

func checkPos(n int) (int, error) {
	if n < 0 {
		return 0, fmt.Errorf("check %d: %w", n, ErrNegative)
	}
	return n, nil
}

func sqrtInt(n int) (int, error) {
	r := 0
	for (r+1)*(r+1) <= n {
		r++
	}
	return r, nil
}

func Collect[T any](rs []Result[T]) Result[[]T] {
	out := make([]T, 0, len(rs))
	for _, r := range rs {
		if r.Err != nil {
			return Err[[]T](r.Err)
		}
		out = append(out, r.Val)
	}
	return Ok(out)
}

func main() {
	fields := strings.Fields("16 81 -4 abc 99")
	var results []Result[int]
	for _, f := range fields {
		r := Then(Then(Then(Ok(f), strconv.Atoi), checkPos), sqrtInt)
		results = append(results, r)
		fmt.Printf("%-4s %v\n", f, r)
	}
	for _, r := range results {
		if _, err := r.Get(); err != nil {
			var ne *strconv.NumError
			switch {
			case errors.Is(err, ErrNegative):
				fmt.Println("negative:", err)
			case errors.As(err, &ne):
				fmt.Printf("numerr func=%s num=%q err=%v\n", ne.Func, ne.Num, ne.Err)
			}
		}
	}
	fmt.Println(Collect(results))
	fmt.Println(Collect(results[:2]))
	fmt.Println(results[2].OrElse(-1), results[0].OrElse(-1))
	total := 0
	for _, r := range results {
		if r.IsOk() {
			total += r.Val
		}
	}
	fmt.Println("total", total)
}
