package main

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
)

type ParseError struct {
	Line int
	Err  error
}

func (p *ParseError) Error() string { return "line " + strconv.Itoa(p.Line) + ": " + p.Err.Error() }
func (p *ParseError) Unwrap() error { return p.Err }

func mustAtoi(s string, line int) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(&ParseError{line, err})
	}
	return n
}

func sumAll(lines []string) (total int, err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if pe, ok := r.(*ParseError); ok {
			err = pe
			return
		}
		panic(r)
	}()
	for i, l := range lines {
		total += mustAtoi(l, i+1)
	}
	return total, nil
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(error); ok {
				err = fmt.Errorf("safeDiv: %w", re)
			} else {
				err = fmt.Errorf("safeDiv: %v", r)
			}
		}
	}()
	return a / b, nil
}

func deferOrder() (s string) {
	for i := range 3 {
		defer func() { s += strconv.Itoa(i) }()
	}
	s = "start:"
	return s
}

func nested() (msg string) {
	defer func() {
		msg = fmt.Sprint("outer caught: ", recover())
	}()
	func() {
		defer func() {
			r := recover()
			panic(fmt.Sprintf("re-panic(%v)", r))
		}()
		panic("first")
	}()
	return "unreachable"
}

func main() {
	fmt.Println(sumAll([]string{"1", "2", "3"}))
	t, err := sumAll([]string{"10", "x", "5"})
	fmt.Println(t, err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, errors.Is(err, strconv.ErrSyntax))
	q, err := safeDiv(7, 0)
	fmt.Println(q, err)
	var rte runtime.Error
	fmt.Println(errors.As(err, &rte))
	fmt.Println(safeDiv(7, 2))
	fmt.Println(deferOrder())
	fmt.Println(nested())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var arr []int
		_ = arr[5]
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T %v\n", r, r)
		}()
		panic(errors.New("custom"))
	}()
}
