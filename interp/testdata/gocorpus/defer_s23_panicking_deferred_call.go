// Exercises: panics raised by deferred calls themselves (a nil func value, a panicking function, a deferred panic call) recovered by an earlier deferred recover, into a named result
package main

import (
	"errors"
	"fmt"
)

func boom() { panic("boom") }

func cleanup(name string) { fmt.Println("cleanup", name) }

func safe() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	defer boom()
	defer cleanup("a")
	return nil
}

func main() {
	var f func()
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		defer f()
		fmt.Println("body")
	}()
	fmt.Println(safe())
	func() {
		defer func() { fmt.Println("second:", recover()) }()
		defer panic(errors.New("deferred panic"))
		fmt.Println("body2")
	}()
}
