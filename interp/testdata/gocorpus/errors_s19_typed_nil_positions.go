// Exercises: the typed-nil pitfall wherever a nil *E becomes an error: slice, map and struct literals, append, channel sends, variadic arguments, conversions, and an assertion from any
package main

import (
	"errors"
	"fmt"
)

type ValidationErr struct{ Field string }

func (e *ValidationErr) Error() string {
	if e == nil {
		return "no field"
	}
	return "bad " + e.Field
}

func validate(ok bool) *ValidationErr {
	if ok {
		return nil
	}
	return &ValidationErr{"name"}
}

type Result struct {
	Err error
}

func firstErr(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

func asError(x any) (error, bool) {
	err, ok := x.(error)
	return err, ok
}

func main() {
	var p *ValidationErr
	fmt.Println([]error{p}[0] != nil, map[string]error{"a": p}["a"] != nil, Result{Err: p}.Err != nil)

	var errs []error
	errs = append(errs, validate(true), validate(false))
	for _, e := range errs {
		fmt.Println(e != nil, e)
	}

	ch := make(chan error, 1)
	ch <- validate(true)
	fmt.Println(<-ch != nil)

	fmt.Println(firstErr(nil, p) != nil, error(p) != nil)
	err, ok := asError(p)
	fmt.Println(err != nil, ok, err)

	var target *ValidationErr
	fmt.Println(errors.As(error(validate(false)), &target), target.Field)
}
