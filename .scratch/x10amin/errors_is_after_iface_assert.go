// Go prints "true true": an error obtained by asserting a user interface value (s.(error)) is equal to itself; the session prints "false true" (errors.Is(err, err) false).
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
}
