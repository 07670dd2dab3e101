// Exercises: panic and recover: recovering in a deferred closure, re-panic values, runtime errors recovered as error, converting panics to errors.
package main

import (
	"errors"
	"fmt"
)

func mayPanic() {
	panic("a problem")
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func index(s []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(error); ok {
				err = re
			}
		}
	}()
	return s[i], nil
}

var ErrCustom = errors.New("custom")

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("Recovered. Error:\n", r)
		}
	}()
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	_, err := index([]int{1, 2}, 5)
	fmt.Println(err)
	func() {
		defer func() {
			r := recover()
			fmt.Println(r == ErrCustom, errors.Is(r.(error), ErrCustom))
		}()
		panic(ErrCustom)
	}()
	fmt.Println(recover())
	mayPanic()
	fmt.Println("After mayPanic()")
}
