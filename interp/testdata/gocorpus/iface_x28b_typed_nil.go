package main

import (
	"errors"
	"fmt"
)

// The classic typed-nil error: a nil *MyErr stored in an error interface is not nil.

type ValidationError struct {
	Field string
}

func (e *ValidationError) Error() string {
	if e == nil {
		return "<nil validation error>"
	}
	return "invalid " + e.Field
}

func validateBad(name string) error {
	var err *ValidationError
	if name == "" {
		err = &ValidationError{Field: "name"}
	}
	return err // non-nil interface even when err is nil!
}

func validateGood(name string) error {
	if name == "" {
		return &ValidationError{Field: "name"}
	}
	return nil
}

type Shape interface {
	Area() float64
}

type Square struct{ Side float64 }

func (s *Square) Area() float64 {
	if s == nil {
		return 0
	}
	return s.Side * s.Side
}

func isNilInterface(v any) bool { return v == nil }

func main() {
	err := validateBad("gopher")
	fmt.Println("bad: err != nil ->", err != nil)
	fmt.Printf("bad: %T %v\n", err, err)

	err = validateGood("gopher")
	fmt.Println("good: err != nil ->", err != nil)
	fmt.Printf("good: %T %v\n", err, err)

	err = validateGood("")
	var ve *ValidationError
	if errors.As(err, &ve) {
		fmt.Println("errors.As found field:", ve.Field)
	}

	var sq *Square
	var sh Shape = sq
	fmt.Println("shape nil?", sh == nil, "area:", sh.Area())
	sh = nil
	fmt.Println("shape nil now?", sh == nil)

	fmt.Println(isNilInterface(nil), isNilInterface(sq), isNilInterface((*int)(nil)))

	// Comparing interfaces holding different dynamic types.
	var a, b any = 1, int64(1)
	fmt.Println("1 == int64(1) as any:", a == b)
	a, b = "x", "x"
	fmt.Println("equal strings:", a == b)

	// Comparing uncomparable dynamic types panics.
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered:", r)
			}
		}()
		var x, y any = []int{1}, []int{1}
		fmt.Println(x == y)
	}()

	// Type switch on nil.
	for _, v := range []any{nil, sq, 3, "s", err} {
		switch t := v.(type) {
		case nil:
			fmt.Println("case nil")
		case *Square:
			fmt.Println("case *Square, nil pointer:", t == nil)
		case error:
			fmt.Println("case error:", t)
		default:
			fmt.Printf("default %T\n", t)
		}
	}
}
