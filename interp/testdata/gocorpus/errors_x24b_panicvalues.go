package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

type stackErr struct {
	op    string
	depth int
	cause error
}

func (e *stackErr) Error() string {
	return e.op + "@" + strconv.Itoa(e.depth) + ": " + e.cause.Error()
}
func (e *stackErr) Unwrap() error { return e.cause }

func (e *stackErr) Is(target error) bool {
	t, ok := target.(*stackErr)
	return ok && t.op == e.op
}

func recurse(n int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			switch v := r.(type) {
			case error:
				err = &stackErr{"recurse", n, v}
			case string:
				err = &stackErr{"recurse", n, errors.New(v)}
			default:
				err = fmt.Errorf("unknown panic %v (%T)", v, v)
			}
		}
	}()
	if n == 0 {
		panic("bottom reached")
	}
	if n == 10 {
		panic(n)
	}
	return recurse(n - 1)
}

type result[T any] struct {
	val T
	err error
}

func try[T any](f func() T) (r result[T]) {
	defer func() {
		if p := recover(); p != nil {
			r.err = fmt.Errorf("panic: %v", p)
		}
	}()
	return result[T]{val: f()}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func main() {
	err := recurse(3)
	fmt.Println(err)
	fmt.Println(errors.Is(err, &stackErr{op: "recurse"}), errors.Is(err, &stackErr{op: "other"}))
	fmt.Println(recurse(12))
	r1 := try(func() int { return must(strconv.Atoi("41")) + 1 })
	r2 := try(func() int { return must(strconv.Atoi("4x1")) })
	r3 := try(func() []string { var s []string; return s[:1] })
	fmt.Println(r1, r2.val, r2.err)
	fmt.Println(r3.val == nil, r3.err)
	_, err = os.Open("/definitely/not/here.txt")
	var pe *os.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path, errors.Is(err, os.ErrNotExist))
	var e1 error = (*stackErr)(nil)
	fmt.Println(e1 == nil, e1 != nil)
	defer fmt.Println("deferred in main runs")
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("caught:", r)
				panic(fmt.Sprint("re-panic: ", r))
			}
		}()
		defer func() {
			fmt.Println("cleanup 1")
		}()
		panic(errors.New("original"))
	}()
	fmt.Println("unreachable")
}
