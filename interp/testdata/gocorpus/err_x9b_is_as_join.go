// Exercises: errors.Join of several errors (nil skipped), errors.Is and errors.As through a join and %w wrapping, fmt.Errorf with two %w, Unwrap() []error.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

var ErrTooShort = errors.New("too short")
var ErrNoDigit = errors.New("no digit")

type RuleError struct{ Rule string }

func (e *RuleError) Error() string { return "rule " + e.Rule }

func validate(pw string) error {
	var errs []error
	if len(pw) < 8 {
		errs = append(errs, fmt.Errorf("%q: %w", pw, ErrTooShort))
	}
	digit := false
	for _, r := range pw {
		digit = digit || r >= '0' && r <= '9'
	}
	if !digit {
		errs = append(errs, ErrNoDigit)
	}
	if pw == "password" {
		errs = append(errs, &RuleError{"common"})
	}
	errs = append(errs, nil)
	return errors.Join(errs...)
}

func main() {
	for _, pw := range []string{"abc", "password", "s3cretpass"} {
		err := validate(pw)
		fmt.Printf("%s -> %v\n", pw, err == nil)
		if err != nil {
			fmt.Println(err)
		}
		var re *RuleError
		fmt.Println(errors.Is(err, ErrTooShort), errors.Is(err, ErrNoDigit), errors.As(err, &re))
	}
	both := fmt.Errorf("save: %w and %w", ErrTooShort, os.ErrNotExist)
	fmt.Println(both, errors.Is(both, fs.ErrNotExist), errors.Is(both, ErrNoDigit))
	if u, ok := both.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()))
	}
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	_, err := os.Open("/definitely/not/here.txt")
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, errors.Is(err, fs.ErrNotExist))
}
