// Exercises: errors.As into a variable of an interface the program declares, or of an anonymous interface, through %w chains and errors.Join
package main

import (
	"errors"
	"fmt"
)

type Temporary interface{ Temporary() bool }

type netErr struct{ op string }

func (e netErr) Error() string   { return "net: " + e.op }
func (e netErr) Temporary() bool { return e.op == "dial" }

type codeErr struct{ code int }

func (e *codeErr) Error() string { return fmt.Sprint("code ", e.code) }
func (e *codeErr) Code() int     { return e.code }

func main() {
	var tmp Temporary
	err := fmt.Errorf("fetch: %w", netErr{"dial"})
	fmt.Println(errors.As(err, &tmp), tmp != nil && tmp.Temporary())

	tmp = nil
	fmt.Println(errors.As(errors.New("plain"), &tmp), tmp == nil)

	var coder interface{ Code() int }
	joined := errors.Join(errors.New("first"), fmt.Errorf("second: %w", &codeErr{404}))
	if errors.As(joined, &coder) {
		fmt.Println("code", coder.Code())
	}
	var both interface {
		error
		Temporary() bool
	}
	if errors.As(fmt.Errorf("a: %w", fmt.Errorf("b: %w", netErr{"read"})), &both) {
		fmt.Println(both.Error(), both.Temporary())
	}
}
