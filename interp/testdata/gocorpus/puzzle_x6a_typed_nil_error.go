// Exercises: the typed-nil interface pitfall with a custom error pointer, fixed version returning untyped nil, nil checks via reflection-free comparisons
package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return e.Msg
}

func mayFail(fail bool) *MyErr {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

func good(fail bool) error {
	if e := mayFail(fail); e != nil {
		return e
	}
	return nil
}

func main() {
	fmt.Println(good(false) == nil, good(true))
	var target *MyErr
	err := fmt.Errorf("wrap: %w", good(true))
	fmt.Println(errors.As(err, &target), target.Msg)
	var p *MyErr
	fmt.Println(p == nil, p.Error())
	errs := []error{good(false), good(true), nil}
	n := 0
	for _, e := range errs {
		if e != nil {
			n++
		}
	}
	fmt.Println(n)
}
