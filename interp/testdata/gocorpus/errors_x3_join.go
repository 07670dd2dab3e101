// Exercises: errors.Join, Is across joined errors, multi-line error text
package main

import (
	"errors"
	"fmt"
)

var (
	ErrEmpty = errors.New("empty name")
	ErrAge   = errors.New("bad age")
)

func validate(name string, age int) error {
	var errs []error
	if name == "" {
		errs = append(errs, ErrEmpty)
	}
	if age < 0 || age > 150 {
		errs = append(errs, fmt.Errorf("%w: %d", ErrAge, age))
	}
	return errors.Join(errs...)
}

func main() {
	fmt.Println(validate("ann", 30))
	err := validate("", 200)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrEmpty), errors.Is(err, ErrAge))
}
