// Exercises: custom error types: struct implementing error with a pointer receiver, errors.As, a value-receiver error, a nil typed pointer returned as error.
package main

import (
	"errors"
	"fmt"
)

type argError struct {
	arg     int
	message string
}

func (e *argError) Error() string {
	return fmt.Sprintf("%d - %s", e.arg, e.message)
}

func f(arg int) (int, error) {
	if arg == 42 {
		return -1, &argError{arg, "can't work with it"}
	}
	return arg + 3, nil
}

type NotFound struct{ Name string }

func (n NotFound) Error() string { return n.Name + " not found" }

func find(name string) error {
	if name != "ok" {
		return fmt.Errorf("lookup: %w", NotFound{name})
	}
	return nil
}

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p
}

func main() {
	_, err := f(42)
	var ae *argError
	if errors.As(err, &ae) {
		fmt.Println(ae.arg, ae.message)
	}
	fmt.Println(err)
	err = find("cat")
	var nf NotFound
	fmt.Println(err, errors.As(err, &nf), nf.Name)
	fmt.Println(find("ok") == nil, mayFail(false) == nil, mayFail(false) != nil)
	fmt.Printf("%v %T\n", mayFail(true), mayFail(true))
}
