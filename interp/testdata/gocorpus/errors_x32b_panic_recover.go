package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ParseError struct {
	Line int
	Msg  string
}

func (p ParseError) Error() string { return "line " + strconv.Itoa(p.Line) + ": " + p.Msg }

func safeDivide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func mustPositive(n int) int {
	if n <= 0 {
		panic(ParseError{n, "not positive"})
	}
	return n
}

func try(f func()) (err error) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case nil:
		case error:
			err = v
		case string:
			err = errors.New(v)
		default:
			err = fmt.Errorf("unknown panic: %v (%T)", v, v)
		}
	}()
	f()
	return nil
}

func deferOrder() {
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Print("body ")
}

func indexOut() {
	s := []int{1, 2, 3}
	i := 5
	fmt.Println(s[i])
}

func nilMap() {
	var m map[string]int
	m["x"] = 1
}

type Doer interface{ Do() }

func main() {
	fmt.Println(safeDivide(10, 2))
	fmt.Println(safeDivide(1, 0))

	errs := []error{
		try(func() { mustPositive(-3) }),
		try(func() { panic("plain string") }),
		try(func() { panic(42) }),
		try(indexOut),
		try(nilMap),
		try(func() {
			var d Doer
			d.Do()
		}),
		try(func() {
			var x any = "str"
			_ = x.(int)
		}),
		try(func() { mustPositive(5) }),
	}
	for i, err := range errs {
		var pe ParseError
		if errors.As(err, &pe) {
			fmt.Printf("%d parse error at line %d\n", i, pe.Line)
			continue
		}
		fmt.Printf("%d %v\n", i, err)
	}

	deferOrder()
	fmt.Println()

	func() {
		defer func() {
			fmt.Println("outer recovered:", recover())
		}()
		defer func() {
			panic("second panic")
		}()
		panic("first panic")
	}()

	var re interface{ RuntimeError() }
	err := try(func() {
		a := []int{}
		_ = a[len(a)]
	})
	fmt.Println(errors.As(err, &re))

	n, err := strconv.Atoi("12x")
	fmt.Println(n, err)
	f, err := strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err)
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err)
	u, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
}
