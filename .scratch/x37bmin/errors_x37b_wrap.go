// Reduction of errors_x37b_wrap.go (both styles): SILENT wrong answer.
// errors.As through a *fs.PathError whose Err field holds a pointer to your
// own error type, stored first in a variable of type error, finds nothing.
// go run prints:   true line 2
// session prints:  false <nil>      (no error; program and notebook styles)
// (If the inner error is put directly as &SyntaxError{2} in the literal, the
// session instead panics: "reflect.Set: value of type *struct { Line int } is
// not assignable to type error" - see errors_x37b_wrap_literal.go.)

package main

import (
	"errors"
	"fmt"
	"io/fs"
)

type SyntaxError struct{ Line int }

func (e *SyntaxError) Error() string { return fmt.Sprint("line ", e.Line) }

func main() {
	var inner error = &SyntaxError{2}
	err := &fs.PathError{Op: "load", Path: "x", Err: inner}
	var se *SyntaxError
	fmt.Println(errors.As(err, &se), se)
}
