// Reduction of interp_x36b_lisp.go (clear error, both styles).
// A type assertion from any to a defined type whose underlying type is string.
// Go prints:          x true
// The session fails with: CompileError: a type assertion to lispError of a value
// that may also hold a string (the interpreter cannot tell the two apart) is not
// supported by gobackprop ... (program and notebook style)
package main

import "fmt"

type lispError string

func (e lispError) Error() string { return string(e) }

func main() {
	var x any = lispError("x")
	le, ok := x.(lispError)
	fmt.Println(le, ok)
}
