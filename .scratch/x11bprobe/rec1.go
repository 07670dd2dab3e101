package main

import (
	"errors"
	"fmt"
)

func helper() any { return recover() }

func direct() (r any) {
	defer func() { r = recover() }()
	panic("direct")
}

func viaHelper() (r any) {
	defer func() {
		r = helper()
		if r == nil {
			r = recover()
			r = fmt.Sprint("helper got nil, then: ", r)
		}
	}()
	panic("indirect")
}

func deferredHelper() (r string) {
	defer func() {
		if x := recover(); x != nil {
			r = fmt.Sprint("outer caught ", x)
		}
	}()
	defer helper()
	panic("dh")
}

func repanic() (msg string) {
	defer func() { msg = fmt.Sprint("final: ", recover()) }()
	defer func() {
		r := recover()
		panic(fmt.Sprint("re-", r))
	}()
	panic("first")
}

func nestedPanic() (msg string) {
	defer func() { msg = fmt.Sprint(recover()) }()
	defer func() { panic("second") }()
	panic("first")
}

func errPanic() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	panic(errors.New("as error"))
}

func main() {
	fmt.Println(direct())
	fmt.Println(viaHelper())
	fmt.Println(deferredHelper())
	fmt.Println(repanic())
	fmt.Println(nestedPanic())
	fmt.Println(errPanic(), recover())
}
