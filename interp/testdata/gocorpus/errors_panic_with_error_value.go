// Exercises: panicking with error values of several kinds and recovering each.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

type fatal struct{ code int }

func (f fatal) Error() string { return fmt.Sprintf("fatal %d", f.code) }

func try(f func()) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case runtime.Error:
			fmt.Println("runtime error:", v.Error())
		case fatal:
			fmt.Println("fatal code", v.code)
		case error:
			fmt.Println("error:", v)
		default:
			fmt.Println("value:", v)
		}
	}()
	f()
}

func main() {
	try(func() { panic(errors.New("plain")) })
	try(func() { panic(fatal{3}) })
	try(func() {
		var p *fatal
		fmt.Println(p.code)
	})
	try(func() {
		x := 0
		fmt.Println(10 / x)
	})
	try(func() { panic("just a string") })
}
