package main

import (
	"errors"
	"fmt"
)

type ErrOf[T any] struct{ Got T }

func (e ErrOf[T]) Error() string { return "unexpected" }

// errors.As to a generic error type is false once the value went through a variable of
// type error (value or pointer receiver alike); wrapping the instance directly with
// fmt.Errorf("%w", ErrOf[int]{3}) works. A non-generic error type works either way.
func main() {
	var err error = ErrOf[int]{3}
	var e ErrOf[int]
	fmt.Println(errors.As(err, &e), e.Got)
}
