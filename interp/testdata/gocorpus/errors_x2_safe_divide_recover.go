// Exercises: converting a runtime panic into an error with a deferred recover and named results.
package main

import (
	"errors"
	"fmt"
)

func safeDivide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return q, nil
}

func mustPositive(n int) int {
	if n <= 0 {
		panic(errors.New("not positive"))
	}
	return n
}

func try(f func()) (err error) {
	defer func() {
		switch r := recover().(type) {
		case nil:
		case error:
			err = r
		default:
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	f()
	return nil
}

func main() {
	fmt.Println(safeDivide(10, 3))
	fmt.Println(safeDivide(1, 0))
	fmt.Println(try(func() { mustPositive(5) }))
	fmt.Println(try(func() { mustPositive(-1) }))
	fmt.Println(try(func() { panic("just a string") }))
	fmt.Println(try(func() { panic(42) }))
	fmt.Println("still running")
}
