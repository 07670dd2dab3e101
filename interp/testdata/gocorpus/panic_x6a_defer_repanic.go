// Exercises: re-panic in deferred func after recover, nested recovers, panic in defer replaces value
package main

import (
	"errors"
	"fmt"
)

func inner() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("inner caught %v", r)
			panic(errors.New("second"))
		}
	}()
	panic("first")
}

func outer() (msg string) {
	defer func() {
		r := recover()
		msg = fmt.Sprintf("outer caught %v (%T)", r, r)
	}()
	inner()
	return "unreached"
}

func main() {
	fmt.Println(outer())
	func() {
		defer func() { fmt.Println("recover:", recover()) }()
		defer func() { panic("replaced") }()
		panic("original")
	}()
	fmt.Println(recover())
}
