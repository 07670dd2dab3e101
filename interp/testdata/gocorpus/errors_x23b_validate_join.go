package main

import (
	"errors"
	"fmt"
	"net/mail"
	"strings"
)

var (
	ErrRequired = errors.New("required")
	ErrTooLong  = errors.New("too long")
	ErrRange    = errors.New("out of range")
)

type FieldError struct {
	Field string
	Err   error
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Err.Error() }
func (e *FieldError) Unwrap() error { return e.Err }

type Signup struct {
	Name  string
	Email string
	Age   int
	Tags  []string
}

func (s Signup) Validate() error {
	var errs []error
	if strings.TrimSpace(s.Name) == "" {
		errs = append(errs, &FieldError{"name", ErrRequired})
	} else if len(s.Name) > 10 {
		errs = append(errs, &FieldError{"name", fmt.Errorf("%w: %d > 10", ErrTooLong, len(s.Name))})
	}
	if _, err := mail.ParseAddress(s.Email); err != nil {
		errs = append(errs, &FieldError{"email", err})
	}
	if s.Age < 13 || s.Age > 130 {
		errs = append(errs, &FieldError{"age", fmt.Errorf("%d: %w", s.Age, ErrRange)})
	}
	for i, t := range s.Tags {
		if t == "" {
			errs = append(errs, &FieldError{fmt.Sprintf("tags[%d]", i), ErrRequired})
		}
	}
	return errors.Join(errs...)
}

func main() {
	inputs := []Signup{
		{Name: "Ann", Email: "ann@example.com", Age: 30},
		{Name: "", Email: "nope", Age: 5, Tags: []string{"a", ""}},
		{Name: "Bartholomew", Email: "Bart <b@x.org>", Age: 200},
	}
	for i, in := range inputs {
		err := in.Validate()
		if err == nil {
			fmt.Printf("#%d ok\n", i)
			continue
		}
		fmt.Printf("#%d invalid:\n%s\n", i, err)
		fmt.Println("  required?", errors.Is(err, ErrRequired), "range?", errors.Is(err, ErrRange), "toolong?", errors.Is(err, ErrTooLong))
		var fe *FieldError
		if errors.As(err, &fe) {
			fmt.Println("  first field:", fe.Field)
		}
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			fmt.Println("  count:", len(j.Unwrap()))
		}
	}
}
