// Variant of the errors_x37b_wrap reduction (both styles): tool panic.
// The same errors.As call, with the inner error written directly in the
// *fs.PathError literal.
// go run prints:   true line 2
// session reports: panic: reflect.Set: value of type *struct { Line int } is not assignable to type error

package main

import (
	"errors"
	"fmt"
	"io/fs"
)

type SyntaxError struct{ Line int }

func (e *SyntaxError) Error() string { return fmt.Sprint("line ", e.Line) }

func main() {
	var err error = &fs.PathError{Op: "load", Path: "x", Err: &SyntaxError{2}}
	var se *SyntaxError
	fmt.Println(errors.As(err, &se), se)
}
