// CLEAR ERROR, a false rejection (both styles). From errors_x15b_panic_repanic.go
// (panic(&ParseError{n, fmt.Errorf("%w: missing '='", ErrSyntax)})).
// go run:     pe: x: e
// gobackprop: CompileError: a deferred or go call that passes an error of a type the cell declares to
//
//	the errors package is not supported by gobackprop: call it in a function literal: defer func() { ... }()
//
// There is no deferred call passing an error here. Passes if the value is built first
// (x := &PE{...}; panic(x)), if %v replaces %w, or if the field is E itself.
package main

import (
	"errors"
	"fmt"
)

type PE struct{ Err error }

func (e *PE) Error() string { return "pe: " + e.Err.Error() }

var E = errors.New("e")

func main() {
	defer func() { fmt.Println(recover()) }()
	panic(&PE{fmt.Errorf("x: %w", E)})
}
