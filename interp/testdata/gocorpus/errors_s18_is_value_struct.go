// Exercises: errors.Is with an Is method of a value-struct error of two fields, directly and through a pointer error's Unwrap, the inner error set by position and by key.
package main

import (
	"errors"
	"fmt"
)

type StatusError struct {
	Code int
	Msg  string
}

func (e StatusError) Error() string { return fmt.Sprint(e.Code) }

func (e StatusError) Is(target error) bool {
	t, ok := target.(StatusError)
	return ok && t.Code == e.Code
}

type OpError struct{ Err error }

func (e *OpError) Error() string { return "op: " + e.Err.Error() }
func (e *OpError) Unwrap() error { return e.Err }

var NotFound = StatusError{Code: 404}

func main() {
	var e1 error = StatusError{404, "gone"}
	fmt.Println(errors.Is(e1, NotFound))
	e2 := &OpError{StatusError{404, "gone"}}
	fmt.Println(errors.Is(e2, NotFound))
	e3 := &OpError{Err: StatusError{404, "gone"}}
	fmt.Println(errors.Is(e3, NotFound))
	var inner error = StatusError{404, "gone"}
	e4 := &OpError{inner}
	fmt.Println(errors.Is(e4, NotFound))
}
