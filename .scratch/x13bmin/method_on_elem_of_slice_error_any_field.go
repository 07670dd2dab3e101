// go run:      false
// gobackprop:  CompileError: undefined selector: Error   (clear error; both styles;
//
//	from errors_x13b_validation.go). Needs all of: the struct error type with a
//	field of type any, a slice type of it whose Error calls the element's Error,
//	a package var initialised by a call into a package (regexp), and a METHOD
//	(not a plain func) that uses both the var and the slice type - with a plain
//	func, or without the any field, or without the var, it runs.
package main

import (
	"fmt"
	"regexp"
)

type FieldError struct {
	Field string
	Value any
}

func (e FieldError) Error() string { return fmt.Sprint(e.Field, e.Value) }

type ValidationErrors []FieldError

func (v ValidationErrors) Error() string {
	for _, e := range v {
		return e.Error()
	}
	return ""
}

type User struct{}

var re = regexp.MustCompile(`x`)

func (u User) Validate() error {
	var errs ValidationErrors
	_ = re
	return errs
}

func main() {
	fmt.Println(User{}.Validate() == nil)
}
