// Exercises: errors obtained by asserting an interface{} or an interface of the program to error, holding a value-struct error type: errors.Is of themselves, ==, %T, errors.As back
package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }

type bad struct{}

func (bad) Area() float64 { return 0 }
func (bad) Error() string { return "bad shape" }

func main() {
	var s Shape = bad{}
	err := s.(error)
	fmt.Println(errors.Is(err, err), err == err)
	var a any = bad{}
	e := a.(error)
	var b bad
	fmt.Printf("%v %v %T %v\n", errors.Is(e, e), errors.Is(e, err), e, errors.As(e, &b))
}
