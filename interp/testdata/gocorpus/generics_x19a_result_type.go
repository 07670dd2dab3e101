package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Result[T any] struct {
	val T
	err error
}

func Ok[T any](v T) Result[T]           { return Result[T]{val: v} }
func Err[T any](e error) Result[T]      { return Result[T]{err: e} }
func Try[T any](v T, e error) Result[T] { return Result[T]{v, e} }

func (r Result[T]) IsOk() bool { return r.err == nil }
func (r Result[T]) Unwrap() T {
	if r.err != nil {
		panic(fmt.Sprintf("unwrap on error: %v", r.err))
	}
	return r.val
}
func (r Result[T]) Or(def T) T {
	if r.err != nil {
		return def
	}
	return r.val
}
func (r Result[T]) String() string {
	if r.err != nil {
		return "Err(" + r.err.Error() + ")"
	}
	return fmt.Sprintf("Ok(%v)", r.val)
}

func Then[T, U any](r Result[T], f func(T) (U, error)) Result[U] {
	if r.err != nil {
		return Err[U](r.err)
	}
	return Try(f(r.val))
}

func Collect[T any](rs []Result[T]) Result[[]T] {
	out := make([]T, 0, len(rs))
	var errs []error
	for i, r := range rs {
		if r.err != nil {
			errs = append(errs, fmt.Errorf("item %d: %w", i, r.err))
			continue
		}
		out = append(out, r.val)
	}
	if len(errs) > 0 {
		return Err[[]T](errors.Join(errs...))
	}
	return Ok(out)
}

type Port uint16

func parsePort(s string) Result[Port] {
	n, err := strconv.ParseUint(s, 10, 16)
	if err != nil {
		return Err[Port](err)
	}
	return Ok(Port(n))
}

func main() {
	inputs := []string{"80", "8080", "99999", "http", "443"}
	var rs []Result[Port]
	for _, in := range inputs {
		r := parsePort(in)
		rs = append(rs, r)
		fmt.Printf("%-6s %v %v\n", in, r, r.Or(1))
	}
	all := Collect(rs)
	fmt.Println(all.IsOk())
	fmt.Println(all)
	good := Collect([]Result[Port]{rs[0], rs[1], rs[4]})
	fmt.Println(good, len(good.Unwrap()))
	doubled := Then(parsePort("1000"), func(p Port) (string, error) {
		if p > 500 {
			return "", fmt.Errorf("port %d too high", p)
		}
		return strconv.Itoa(int(p) * 2), nil
	})
	fmt.Println(doubled, Then(Ok(Port(12)), func(p Port) (string, error) { return fmt.Sprint(p * 2), nil }))
	var ne *strconv.NumError
	fmt.Println(errors.As(all.err, &ne), ne.Func, ne.Num, errors.Is(all.err, strconv.ErrRange))
	defer func() { fmt.Println("recovered:", recover()) }()
	rs[3].Unwrap()
}
