package main

import (
	"errors"
	"fmt"
)

type DivError struct {
	A, B int
}

func (e DivError) Error() string { return fmt.Sprintf("cannot divide %d by %d", e.A, e.B) }

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func mustPositive(n int) int {
	if n < 0 {
		panic(DivError{n, 0})
	}
	return n
}

func tryIt(f func()) (msg string) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case nil:
			msg = "ok"
		case error:
			var de DivError
			if errors.As(v, &de) {
				msg = "DivError with A=" + fmt.Sprint(de.A)
			} else {
				msg = "error: " + v.Error()
			}
		case string:
			msg = "string panic: " + v
		default:
			msg = fmt.Sprintf("other %T %v", v, v)
		}
	}()
	f()
	return "unreachable?"
}

func main() {
	fmt.Println(safeDiv(10, 3))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(tryIt(func() { mustPositive(-4) }))
	fmt.Println(tryIt(func() { panic("boom") }))
	fmt.Println(tryIt(func() { panic(42) }))
	fmt.Println(tryIt(func() {}))
	fmt.Println(tryIt(func() {
		var m map[string]int
		m["x"] = 1
	}))
	fmt.Println(tryIt(func() {
		s := []int{1, 2}
		i := 5
		_ = s[i]
	}))
	fmt.Println(tryIt(func() {
		var p *DivError
		_ = p.A
	}))
	fmt.Println(tryIt(func() {
		var x any = "str"
		_ = x.(int)
	}))
	order := []string{}
	func() {
		defer func() { order = append(order, "d1") }()
		defer func() { order = append(order, "d2"); recover() }()
		defer func() { order = append(order, "d3") }()
		panic("x")
	}()
	fmt.Println(order)
}
