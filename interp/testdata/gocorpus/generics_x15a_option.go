package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Option[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Option[T] { return Option[T]{v, true} }
func None[T any]() Option[T]    { return Option[T]{} }

func (o Option[T]) Get() (T, bool) { return o.val, o.ok }
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

func Ok[T any](v T) Result[T]             { return Result[T]{Val: v} }
func Fail[T any](err error) Result[T]     { return Result[T]{Err: err} }
func Try[T any](v T, err error) Result[T] { return Result[T]{v, err} }

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
	return Try(f(r.Val))
}

func MapOpt[T, U any](o Option[T], f func(T) U) Option[U] {
	if v, ok := o.Get(); ok {
		return Some(f(v))
	}
	return None[U]()
}

func Find[T any](xs []T, pred func(T) bool) Option[T] {
	for _, x := range xs {
		if pred(x) {
			return Some(x)
		}
	}
	return None[T]()
}

var ErrRange = errors.New("out of range")

func checkPort(n int) (int, error) {
	if n < 1 || n > 65535 {
		return 0, fmt.Errorf("port %d: %w", n, ErrRange)
	}
	return n, nil
}

func main() {
	names := []string{"ada", "grace", "linus", "ken"}
	long := Find(names, func(s string) bool { return len(s) > 4 })
	none := Find(names, func(s string) bool { return strings.HasPrefix(s, "z") })
	fmt.Println(long, none, long.OrElse("?"), none.OrElse("?"))
	fmt.Println(MapOpt(long, strings.ToUpper), MapOpt(none, func(s string) int { return len(s) }))
	fmt.Printf("%v %+v\n", Some(3.5), None[[]int]())

	for _, in := range []string{"8080", "http", "70000", " 22 "} {
		r := Then(Try(strconv.Atoi(strings.TrimSpace(in))), checkPort)
		s := Then(r, func(p int) (string, error) { return "localhost:" + strconv.Itoa(p), nil })
		fmt.Printf("%-7q %-50v range=%t\n", in, s, errors.Is(s.Err, ErrRange))
	}
	results := []Result[int]{Ok(1), Fail[int](errors.New("x")), Ok(3)}
	sum, errs := 0, 0
	for _, r := range results {
		if r.Err != nil {
			errs++
			continue
		}
		sum += r.Val
	}
	fmt.Println(sum, errs, results)
	nested := Some(Some(42))
	inner, _ := nested.Get()
	fmt.Println(nested, inner.OrElse(0))
	var zero Option[map[string]int]
	m, ok := zero.Get()
	fmt.Println(m == nil, ok, zero)
}
