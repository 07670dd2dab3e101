package main

import (
	"errors"
	"fmt"
)

type DivError struct {
	A, B int
}

func (e *DivError) Error() string {
	return fmt.Sprintf("cannot divide %d by %d", e.A, e.B)
}

func divide(a, b int) (int, error) {
	if b == 0 {
		return 0, &DivError{a, b}
	}
	return a / b, nil
}

func safeDivide(a, b int) (q int, err error) {
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
		panic(fmt.Sprintf("negative: %d", n))
	}
	return n
}

func main() {
	pairs := [][2]int{{10, 2}, {7, 0}, {-9, 4}, {100, 7}}
	for _, p := range pairs {
		q, err := divide(p[0], p[1])
		var de *DivError
		if errors.As(err, &de) {
			fmt.Println("error:", err, "| fields:", de.A, de.B)
			continue
		}
		fmt.Printf("%d / %d = %d remainder %d\n", p[0], p[1], q, p[0]%p[1])
	}
	for _, p := range pairs {
		q, err := safeDivide(p[0], p[1])
		fmt.Println(q, err)
	}
	func() {
		defer func() {
			r := recover()
			fmt.Printf("caught %v (%T)\n", r, r)
		}()
		fmt.Println(mustPositive(5))
		fmt.Println(mustPositive(-3))
		fmt.Println("not reached")
	}()
	defer fmt.Println("deferred 1")
	defer fmt.Println("deferred 2")
	fmt.Println("end of main")
}
