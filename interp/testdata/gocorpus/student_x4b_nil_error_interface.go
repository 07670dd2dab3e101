// Exercises: student mistake: returning a nil *MyErr as error makes err != nil; errors.As on it; the fix returns a literal nil
package main

import (
	"errors"
	"fmt"
)

type GradError struct{ Param string }

func (e *GradError) Error() string {
	if e == nil {
		return "<nil GradError>"
	}
	return "bad gradient for " + e.Param
}

func check(g float64) error {
	var ge *GradError
	if g != g { // NaN
		ge = &GradError{"w"}
	}
	return ge // non-nil interface holding a nil pointer
}

func checkFixed(g float64) error {
	if g != g {
		return &GradError{"w"}
	}
	return nil
}

func main() {
	err := check(0.5)
	fmt.Println(err == nil, err)
	var ge *GradError
	fmt.Println(errors.As(err, &ge), ge == nil)
	fmt.Println(checkFixed(0.5) == nil)
	zero := 0.0
	err = checkFixed(zero / zero)
	fmt.Println(err != nil, err)
	fmt.Printf("%T %v\n", check(1), check(1) != nil)
}
