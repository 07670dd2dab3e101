// Exercises: error type over float64 whose Error method converts the receiver, returned as error from Sqrt.
package main

import (
	"fmt"
)

type ErrNegativeSqrt float64

func (e ErrNegativeSqrt) Error() string {
	return fmt.Sprint("cannot Sqrt negative number: ", float64(e))
}

func Sqrt(x float64) (float64, error) {
	if x < 0 {
		return 0, ErrNegativeSqrt(x)
	}
	z := 1.0
	for i := 0; i < 10; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z, nil
}

func main() {
	fmt.Println(Sqrt(2))
	fmt.Println(Sqrt(-2))
	_, err := Sqrt(-9.5)
	if e, ok := err.(ErrNegativeSqrt); ok {
		fmt.Printf("typed: %v as float %.2f\n", e, float64(e))
	}
	fmt.Printf("%v|%s|%T\n", err, err, err)
}
