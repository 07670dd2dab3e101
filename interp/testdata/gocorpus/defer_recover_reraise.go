// Exercises: recover in inner function, then the outer function recovers a new panic.
package main

import "fmt"

func inner() {
	defer func() {
		r := recover()
		fmt.Println("inner recovered:", r)
		panic(fmt.Sprintf("re-panic after %v", r))
	}()
	panic("original")
}

func outer() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("outer got: ", r)
		}
	}()
	inner()
	return "not reached"
}

func main() {
	fmt.Println(outer())
}
