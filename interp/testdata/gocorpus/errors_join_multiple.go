// Exercises: errors.Join output formatting and errors.Is on joined errors.
package main

import (
	"errors"
	"fmt"
)

var (
	ErrA = errors.New("a failed")
	ErrB = errors.New("b failed")
	ErrC = errors.New("c failed")
)

func main() {
	joined := errors.Join(ErrA, nil, ErrB)
	fmt.Println(joined)
	fmt.Printf("%q\n", joined.Error())
	fmt.Println(errors.Is(joined, ErrA), errors.Is(joined, ErrB), errors.Is(joined, ErrC))
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	multi := fmt.Errorf("step: %w and %w", ErrA, ErrC)
	fmt.Println(multi, errors.Is(multi, ErrC))
	if u, ok := joined.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()))
	}
}
