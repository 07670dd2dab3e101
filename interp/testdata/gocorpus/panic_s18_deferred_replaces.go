// Exercises: panics raised by deferred calls replace the panic in flight (named results, errors.As on the new value, a runtime error, loops, nested literals, main's own defers)
package main

import (
	"errors"
	"fmt"
)

type E struct{ code int }

func (e *E) Error() string { return fmt.Sprint("E", e.code) }

func normal() (out []string) {
	defer func() { out = append(out, fmt.Sprint("r1=", recover())) }()
	defer func() { out = append(out, "d2") }()
	out = append(out, "body")
	return
}

func chain() (res string) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			var pe *E
			res = fmt.Sprint("error ", e, errors.As(e, &pe), pe.code)
			return
		}
		res = fmt.Sprint("other ", r)
	}()
	defer func() {
		if r := recover(); r != nil {
			panic(&E{7})
		}
	}()
	panic("boom")
}

func runtimeErr() (msg string) {
	defer func() { msg = fmt.Sprint("got: ", recover()) }()
	defer fmt.Println("plain deferred print")
	defer func() {
		var m map[string]int
		m["x"] = 1
	}()
	return "none"
}

func loops() (got []any) {
	for i := range 3 {
		defer func() {
			if r := recover(); r != nil {
				got = append(got, fmt.Sprint(i, ":", r))
				if i > 0 {
					panic(fmt.Sprint("from ", i))
				}
			}
		}()
	}
	panic("start")
}

func nested() string {
	inner := func() (s string) {
		defer func() { s = fmt.Sprint("inner ", recover()) }()
		defer func() { panic("x") }()
		return "no"
	}
	return inner()
}

func main() {
	fmt.Println(normal())
	fmt.Println(chain())
	fmt.Println(runtimeErr())
	fmt.Println(loops())
	fmt.Println(nested())
	func() {
		defer func() { fmt.Println("last:", recover()) }()
		defer func() { fmt.Println("middle sees nothing to do") }()
		defer func() { panic(errors.New("third")) }()
		defer func() { panic("second") }()
		panic("first")
	}()
	defer fmt.Println("main deferred")
	defer func() { panic("unrecovered replacement") }()
	defer func() { panic("orig") }()
}
