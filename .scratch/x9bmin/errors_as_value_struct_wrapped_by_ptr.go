// Go prints "503"; the session: CompileError-like panic "the type of this value is lost ... use a pointer to the struct as the error" - errors.As into a value-struct error reached through a user Unwrap method.
package main

import (
	"errors"
	"fmt"
)

type StatusError struct{ Code int }

func (e StatusError) Error() string { return fmt.Sprint(e.Code) }

type OpError struct{ Err error }

func (e *OpError) Error() string { return "op: " + e.Err.Error() }
func (e *OpError) Unwrap() error { return e.Err }

func main() {
	var err error = &OpError{StatusError{503}}
	var se StatusError
	if errors.As(err, &se) {
		fmt.Println(se.Code)
	}
}
