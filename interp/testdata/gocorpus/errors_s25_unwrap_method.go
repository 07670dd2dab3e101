// errors wrapped by fmt.Errorf's %w, taken out again by an Unwrap method
// called through an interface assertion and by errors.Unwrap: assertions
// to the pointer type and %T.
package main

import (
	"errors"
	"fmt"
)

type UErr struct{}

func (e *UErr) Error() string { return "u" }

func main() {
	var err error = fmt.Errorf("ctx: %w", &UErr{})
	inner := errors.Unwrap(err)
	_, ok := inner.(*UErr)
	fmt.Println(ok)
	w := err.(interface{ Unwrap() error })
	x := w.Unwrap()
	fmt.Printf("%T\n", x)
}
