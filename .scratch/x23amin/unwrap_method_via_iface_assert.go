// A method called on a standard-library error value through an interface assertion
// (err.(interface{ Unwrap() error }).Unwrap()) returns the wrapped session error in a
// form whose dynamic type no longer matches: the assertion to *UErr fails.
// (errors.Unwrap(err).(*UErr) and errors.As work; same with errors.Join's Unwrap() []error.)
// go run:      true
// gobackprop:  false   (both styles; SILENT WRONG ANSWER)
// From algo_x23a_unify.go (hand-written unwrap loop looking for *UnifyError).
package main

import "fmt"

type UErr struct{}

func (e *UErr) Error() string { return "u" }

func main() {
	var err error = fmt.Errorf("ctx: %w", &UErr{})
	w := err.(interface{ Unwrap() error })
	_, ok := w.Unwrap().(*UErr)
	fmt.Println(ok)
}
