// Exercises: fmt.Errorf with %v does not wrap, %w does.
package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base")

func main() {
	withV := fmt.Errorf("context: %v", ErrBase)
	withW := fmt.Errorf("context: %w", ErrBase)
	fmt.Println(withV.Error() == withW.Error())
	fmt.Println(errors.Is(withV, ErrBase), errors.Is(withW, ErrBase))
	fmt.Println(errors.Unwrap(withV) == nil, errors.Unwrap(withW) == ErrBase)
	fmt.Printf("%T\n", withV)
	double := fmt.Errorf("outer: %w", withW)
	fmt.Println(double, errors.Unwrap(errors.Unwrap(double)) == ErrBase)
}
