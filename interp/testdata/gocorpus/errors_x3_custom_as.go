// Exercises: custom error type with fields, errors.As into a pointer target, value vs pointer
package main

import (
	"errors"
	"fmt"
)

type ShapeError struct {
	Op   string
	Want int
	Got  int
}

func (e *ShapeError) Error() string {
	return fmt.Sprintf("%s: shape mismatch: want %d, got %d", e.Op, e.Want, e.Got)
}

func matmul(a, b int) error {
	if a != b {
		return fmt.Errorf("layer 2: %w", &ShapeError{"matmul", a, b})
	}
	return nil
}

func main() {
	err := matmul(3, 4)
	var se *ShapeError
	if errors.As(err, &se) {
		fmt.Println("op:", se.Op, "want:", se.Want, "got:", se.Got)
	}
	fmt.Println(err)
	fmt.Println(errors.As(matmul(2, 2), &se), se.Got)
}
