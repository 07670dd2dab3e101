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

var ErrTooManyIters = errors.New("too many iterations")

func Sqrt(x float64) (float64, error) {
	if x < 0 {
		return 0, ErrNegativeSqrt(x)
	}
	z := 1.0
	for i := 0; i < 100; i++ {
		next := z - (z*z-x)/(2*z)
		if math.Abs(next-z) < 1e-12 {
			return next, nil
		}
		z = next
	}
	return z, fmt.Errorf("sqrt(%g): %w", x, ErrTooManyIters)
}

func describe(x float64) string {
	v, err := Sqrt(x)
	var neg ErrNegativeSqrt
	switch {
	case errors.As(err, &neg):
		return fmt.Sprintf("negative input %.1f -> %v", float64(neg), err)
	case errors.Is(err, ErrTooManyIters):
		return "gave up: " + err.Error()
	case err != nil:
		return "other: " + err.Error()
	}
	return fmt.Sprintf("sqrt(%g) = %.6f (math says %.6f)", x, v, math.Sqrt(x))
}

func main() {
	for _, x := range []float64{2, 9, -2, 1e6, 0.25, -0.5} {
		fmt.Println(describe(x))
	}
	wrapped := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", ErrNegativeSqrt(-7)))
	fmt.Println(wrapped)
	var target ErrNegativeSqrt
	fmt.Println(errors.As(wrapped, &target), target)
	fmt.Println(errors.Unwrap(errors.Unwrap(wrapped)) == error(ErrNegativeSqrt(-7)))
	joined := errors.Join(ErrTooManyIters, ErrNegativeSqrt(-1))
	fmt.Println(errors.Is(joined, ErrTooManyIters))
	fmt.Printf("%q\n", joined.Error())
}
