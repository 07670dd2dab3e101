package main

import (
	"errors"
	"fmt"
	"strconv"
)

func a() {
	i := 0
	defer fmt.Println("a deferred i =", i)
	i++
}

func b() {
	for i := 0; i < 4; i++ {
		defer fmt.Print(i, " ")
	}
}

func c() (i int) {
	defer func() { i++ }()
	return 1
}

func f() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("Recovered in f", r)
		}
	}()
	fmt.Println("Calling g.")
	g(0)
	fmt.Println("Returned normally from g.")
}

func g(i int) {
	if i > 3 {
		fmt.Println("Panicking!")
		panic(fmt.Sprintf("%v", i))
	}
	defer fmt.Println("Defer in g", i)
	fmt.Println("Printing in g", i)
	g(i + 1)
}

type ParseError struct {
	Input string
	Err   error
}

func (e *ParseError) Error() string { return "parse " + strconv.Quote(e.Input) + ": " + e.Err.Error() }
func (e *ParseError) Unwrap() error { return e.Err }

func mustAtoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(&ParseError{s, err})
	}
	return n
}

func safeSum(xs ...string) (total int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if pe, ok := r.(*ParseError); ok {
				err = pe
				return
			}
			panic(r)
		}
	}()
	for _, x := range xs {
		total += mustAtoi(x)
	}
	return total, nil
}

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func main() {
	a()
	b()
	fmt.Println()
	fmt.Println("c() =", c())
	f()
	fmt.Println("Returned normally from f.")
	fmt.Println(safeSum("1", "2", "39"))
	n, err := safeSum("4", "x5", "6")
	fmt.Println(n, err)
	var numErr *strconv.NumError
	fmt.Println(errors.As(err, &numErr), numErr.Func, errors.Is(err, strconv.ErrSyntax))
	fmt.Println(divide(7, 2))
	fmt.Println(divide(7, 0))
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println("runtime error?", ok, err)
		}()
		var arr []int
		_ = arr[5]
	}()
}
