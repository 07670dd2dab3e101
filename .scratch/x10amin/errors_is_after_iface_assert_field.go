// Go prints "true true": as errors_is_after_iface_assert.go with a field in the struct - also silently "false true". (Adding errors.Is(err, bad{1}) turns the run into a clear error: "the type of this value is lost".)
package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }

type bad struct{ n int }

func (bad) Area() float64 { return 0 }
func (bad) Error() string { return "bad shape" }

func main() {
	var s Shape = bad{1}
	err := s.(error)
	fmt.Println(errors.Is(err, err), err == err)
}
