// Exercises: puzzle - nil *MyErr returned as error is non-nil, %v of it, fixing by returning untyped nil, errors.As on nil-pointer error
package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "<nil MyErr>"
	}
	return e.msg
}

func bad(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"boom"}
	}
	return p
}

func good(fail bool) error {
	if fail {
		return &MyErr{"boom"}
	}
	return nil
}

func main() {
	e1 := bad(false)
	fmt.Println(e1 == nil, e1)
	fmt.Printf("%T %v\n", e1, e1 != nil)
	e2 := good(false)
	fmt.Println(e2 == nil)
	var me *MyErr
	fmt.Println(errors.As(e1, &me), me == nil)
	var x any = (*MyErr)(nil)
	_, isErr := x.(error)
	fmt.Println(x == nil, isErr)
	fmt.Println(bad(true), good(true))
}
