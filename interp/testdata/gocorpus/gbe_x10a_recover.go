// Exercises: recover - recovering in a deferred closure, turning panics into errors, runtime errors as error values, re-panicking, recover outside a panic
package main

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
)

func mustAtoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(fmt.Sprintf("mustAtoi(%q): not a number", s))
	}
	return n
}

func safely(name string, f func()) (err error) {
	defer func() {
		switch r := recover().(type) {
		case nil:
		case runtime.Error:
			err = fmt.Errorf("%s: runtime error caught: %w", name, r)
		case error:
			err = fmt.Errorf("%s: %w", name, r)
		default:
			err = fmt.Errorf("%s: %v", name, r)
		}
	}()
	f()
	return nil
}

var errQuota = errors.New("quota exceeded")

func main() {
	fmt.Println(safely("ok", func() { mustAtoi("12") }))
	fmt.Println(safely("atoi", func() { mustAtoi("twelve") }))
	fmt.Println(safely("divide", func() {
		zero := 0
		_ = 10 / zero
	}))
	fmt.Println(safely("index", func() {
		var s []int
		_ = s[3]
	}))
	err := safely("quota", func() { panic(errQuota) })
	fmt.Println(err, errors.Is(err, errQuota))

	fmt.Println("recover outside panic:", recover())

	defer func() {
		fmt.Println("outer handler got:", recover())
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Println("inner handler got:", r)
			panic(fmt.Sprint("re-panic after ", r))
		}()
		panic("original")
	}()
	fmt.Println("not reached")
}
