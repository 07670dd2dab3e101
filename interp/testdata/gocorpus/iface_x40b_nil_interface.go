package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ code int }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return fmt.Sprintf("code %d", e.code)
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{42}
	}
	return p // trap: non-nil interface holding nil pointer
}

func mayFailCorrect(fail bool) error {
	if fail {
		return &MyErr{42}
	}
	return nil
}

type Shape interface{ Area() float64 }

type Square struct{ s float64 }

func (q *Square) Area() float64 {
	if q == nil {
		return 0
	}
	return q.s * q.s
}

func describe(i any) string {
	switch v := i.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", v, v)
	case error:
		return "error " + v.Error()
	case fmt.Stringer:
		return "stringer " + v.String()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err)
	err = mayFailCorrect(false)
	fmt.Println(err == nil, err)
	err = mayFail(true)
	fmt.Println(err == nil, err)

	var target *MyErr
	wrapped := fmt.Errorf("wrap: %w", mayFail(true))
	fmt.Println(errors.As(wrapped, &target), target.code)

	var s Shape
	fmt.Println(s == nil)
	var sq *Square
	s = sq
	fmt.Println(s == nil, s.Area())
	fmt.Printf("%v %T\n", s, s)

	var a, b any
	fmt.Println(a == b)
	a = 3
	b = 3
	fmt.Println(a == b)
	b = int64(3)
	fmt.Println(a == b)

	fmt.Println(describe(nil))
	fmt.Println(describe(7))
	fmt.Println(describe(int64(8)))
	fmt.Println(describe(err))
	fmt.Println(describe(3.5))
	fmt.Println(describe(sq))

	// comparing interfaces holding uncomparable values panics
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		var x, y any = []int{1}, []int{1}
		fmt.Println(x == y)
	}()

	// type assertion with comma-ok
	var any1 any = "hello"
	n, ok := any1.(int)
	fmt.Println(n, ok)
	str, ok := any1.(string)
	fmt.Println(str, ok)

	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		_ = any1.(fmt.Stringer)
	}()
}
