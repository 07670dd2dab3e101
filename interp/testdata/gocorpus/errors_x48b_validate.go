package main

import (
	"errors"
	"fmt"
	"strings"
)

type FieldError struct {
	Field string
	Msg   string
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Msg }

type Rule[T any] func(T) error

func Required(field string) Rule[string] {
	return func(s string) error {
		if strings.TrimSpace(s) == "" {
			return &FieldError{field, "is required"}
		}
		return nil
	}
}

func MaxLen(field string, n int) Rule[string] {
	return func(s string) error {
		if len(s) > n {
			return &FieldError{field, fmt.Sprintf("longer than %d", n)}
		}
		return nil
	}
}

func InRange[T int | float64](field string, lo, hi T) Rule[T] {
	return func(v T) error {
		if v < lo || v > hi {
			return &FieldError{field, fmt.Sprintf("%v not in [%v, %v]", v, lo, hi)}
		}
		return nil
	}
}

func Check[T any](v T, rules ...Rule[T]) error {
	var errs []error
	for _, r := range rules {
		if err := r(v); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

type Signup struct {
	User  string
	Email string
	Age   int
}

func (s Signup) Validate() error {
	return errors.Join(
		Check(s.User, Required("user"), MaxLen("user", 8)),
		Check(s.Email, Required("email")),
		Check(s.Age, InRange("age", 13, 120)),
	)
}

func main() {
	forms := []Signup{
		{"gopher", "g@go.dev", 12},
		{"", "", 30},
		{"averyverylongname", "x@y.z", 200},
		{"ok", "ok@ok", 40},
	}
	for i, f := range forms {
		err := f.Validate()
		if err == nil {
			fmt.Printf("form %d ok: %+v\n", i, f)
			continue
		}
		fmt.Printf("form %d invalid:\n%s\n", i, err)
		var fe *FieldError
		if errors.As(err, &fe) {
			fmt.Printf("  first field error: %q\n", fe.Field)
		}
		if u, ok := err.(interface{ Unwrap() []error }); ok {
			fmt.Println("  groups:", len(u.Unwrap()))
		}
	}
	fmt.Println(Check(3.5, InRange("ratio", 0.0, 1.0)))
	fmt.Println(Check[int](5) == nil)
}
