// Exercises: validating a dataset with errors.Join, a custom error with an Is method, sentinel errors, %w twice
package main

import (
	"errors"
	"fmt"
	"math"
)

var (
	ErrNaN   = errors.New("nan value")
	ErrRange = errors.New("out of range")
)

type RowError struct {
	Row int
	Err error
}

func (e RowError) Error() string { return fmt.Sprintf("row %d: %v", e.Row, e.Err) }
func (e RowError) Unwrap() error { return e.Err }

type LabelError struct{ Label int }

func (e *LabelError) Error() string        { return fmt.Sprintf("bad label %d", e.Label) }
func (e *LabelError) Is(target error) bool { return target == ErrRange }

func validate(x []float64, y []int) error {
	var errs []error
	for i, v := range x {
		switch {
		case math.IsNaN(v):
			errs = append(errs, RowError{i, ErrNaN})
		case v < -10 || v > 10:
			errs = append(errs, RowError{i, fmt.Errorf("x=%g: %w", v, ErrRange)})
		}
		if y[i] < 0 || y[i] > 1 {
			errs = append(errs, RowError{i, &LabelError{y[i]}})
		}
	}
	return errors.Join(errs...)
}

func main() {
	err := validate([]float64{1, math.NaN(), 42, 0.5}, []int{0, 1, 1, 3})
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNaN), errors.Is(err, ErrRange))
	var re RowError
	if errors.As(err, &re) {
		fmt.Println("first row error:", re.Row)
	}
	var le *LabelError
	fmt.Println(errors.As(err, &le), le)
	fmt.Println(validate([]float64{1}, []int{0}) == nil)
	both := fmt.Errorf("epoch 3: %w; %w", ErrNaN, &LabelError{7})
	fmt.Println(both, errors.Is(both, ErrRange), errors.Unwrap(both) == nil)
}
