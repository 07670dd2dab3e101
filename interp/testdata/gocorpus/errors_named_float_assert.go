// Exercises: errors and Stringers of named float64 and string types asserted back (ok and switch), errors.As into a value type: the tour's ErrNegativeSqrt
package main

import (
	"errors"
	"fmt"
	"math"
)

type ErrNegativeSqrt float64

func (e ErrNegativeSqrt) Error() string {
	return fmt.Sprintf("cannot Sqrt negative number: %v", float64(e))
}

type Name string

func (n Name) String() string { return "name:" + string(n) }

func Sqrt(x float64) (float64, error) {
	if x < 0 {
		return 0, ErrNegativeSqrt(x)
	}
	return math.Sqrt(x), nil
}

func main() {
	for _, x := range []float64{2, -2} {
		v, err := Sqrt(x)
		fmt.Println(v, err)
		if e, ok := err.(ErrNegativeSqrt); ok {
			fmt.Println("negative:", float64(e))
		}
		switch e := err.(type) {
		case nil:
			fmt.Println("no error")
		case ErrNegativeSqrt:
			fmt.Println("case", float64(e)*2)
		}
		var target ErrNegativeSqrt
		fmt.Println(errors.As(err, &target), target)
	}
	var err error = ErrNegativeSqrt(-1)
	var s fmt.Stringer = Name("x")
	n, ok := s.(Name)
	fmt.Println(n, ok, string(n))
	_, bad := err.(ErrNegativeSqrt)
	fmt.Println(bad)
}
