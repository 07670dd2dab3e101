// Exercises: recover only in directly deferred func, panic in deferred func replacing earlier panic, recover returns nil when not panicking, named results after recovery
package main

import (
	"errors"
	"fmt"
)

func helper() any { return recover() }

func indirect() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("outer caught: ", r)
		}
	}()
	defer func() {
		r := helper()
		fmt.Println("helper got:", r)
	}()
	panic("p1")
}

func replaced() (err error) {
	defer func() {
		r := recover()
		err = fmt.Errorf("final: %v", r)
	}()
	defer func() { panic("second") }()
	panic("first")
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New("division failed")
			q = -1
		}
	}()
	return a / b, nil
}

func main() {
	fmt.Println(indirect())
	fmt.Println(replaced())
	fmt.Println(recover())
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	defer fmt.Println("deferred in main runs before the crash report")
	var arr []int
	idx := 5
	fmt.Println(arr[idx])
}
