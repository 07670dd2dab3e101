// Exercises: deferred closures modifying named results, defer argument evaluation time, LIFO order, recover turning panic into error
package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	n = 3
	return n + 1
}

func trace(msg string) string { fmt.Println("enter", msg); return msg }
func un(msg string)           { fmt.Println("leave", msg) }

func nested() {
	defer un(trace("nested"))
	fmt.Println("in nested")
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	return a / b, nil
}

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	x := 10
	defer fmt.Println("x at defer:", x)
	x = 20
	_ = x
}

func wrapErr() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapErr: %w", err)
		}
	}()
	return errors.New("base")
}

func main() {
	fmt.Println(double())
	nested()
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	order()
	fmt.Println()
	err := wrapErr()
	fmt.Println(err, errors.Unwrap(err))
}
