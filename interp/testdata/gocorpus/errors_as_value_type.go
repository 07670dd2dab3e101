// Exercises: errors.As into a value-receiver error type.
package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
}

func (v ValidationError) Error() string { return "invalid " + v.Field }

func validate(name string, age int) error {
	var errs []error
	if name == "" {
		errs = append(errs, ValidationError{"name"})
	}
	if age < 0 {
		errs = append(errs, fmt.Errorf("age check: %w", ValidationError{"age"}))
	}
	return errors.Join(errs...)
}

func main() {
	fmt.Println(validate("bob", 3) == nil)
	err := validate("", 5)
	var ve ValidationError
	fmt.Println(errors.As(err, &ve), ve.Field)
	err = validate("x", -1)
	fmt.Println(errors.As(err, &ve), ve.Field, err)
	var pve *ValidationError
	fmt.Println(errors.As(err, &pve))
}
