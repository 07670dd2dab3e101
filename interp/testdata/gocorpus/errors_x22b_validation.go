package main

import (
	"errors"
	"fmt"
	"strings"
)

type FieldError struct {
	Field string
	Err   error
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Err.Error() }
func (e *FieldError) Unwrap() error { return e.Err }

var (
	ErrRequired = errors.New("required")
	ErrTooLong  = errors.New("too long")
	ErrFormat   = errors.New("bad format")
)

type MultiError []error

func (m MultiError) Error() string {
	var s []string
	for _, e := range m {
		s = append(s, e.Error())
	}
	return fmt.Sprintf("%d errors: %s", len(m), strings.Join(s, "; "))
}

func (m MultiError) Unwrap() []error { return m }

type User struct {
	Name, Email, Zip string
}

func validate(u User) error {
	var errs MultiError
	if u.Name == "" {
		errs = append(errs, &FieldError{"name", ErrRequired})
	} else if len(u.Name) > 8 {
		errs = append(errs, &FieldError{"name", fmt.Errorf("%w (%d > 8)", ErrTooLong, len(u.Name))})
	}
	if !strings.Contains(u.Email, "@") {
		errs = append(errs, &FieldError{"email", ErrFormat})
	}
	for _, r := range u.Zip {
		if r < '0' || r > '9' {
			errs = append(errs, &FieldError{"zip", fmt.Errorf("%w: %q", ErrFormat, r)})
			break
		}
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

func main() {
	users := []User{
		{"ann", "ann@x.io", "12345"},
		{"", "nobody", "1234a"},
		{"bartholomew", "b@y", "99"},
		{"cy", "cy.example", ""},
	}
	for _, u := range users {
		err := validate(u)
		if err == nil {
			fmt.Println(u.Name, "ok")
			continue
		}
		var fe *FieldError
		errors.As(err, &fe)
		fmt.Printf("%q: %v\n  required=%t toolong=%t format=%t first=%s\n", u.Name, err,
			errors.Is(err, ErrRequired), errors.Is(err, ErrTooLong), errors.Is(err, ErrFormat), fe.Field)
	}
	joined := errors.Join(ErrRequired, nil, fmt.Errorf("ctx: %w", ErrFormat))
	fmt.Printf("%q %t %t\n", joined.Error(), errors.Is(joined, ErrFormat), errors.Is(joined, ErrTooLong))
	fmt.Println(errors.Join(nil, nil) == nil)
	wrapped := fmt.Errorf("outer: %w + %w", ErrTooLong, &FieldError{"x", ErrRequired})
	var fe *FieldError
	fmt.Println(wrapped, errors.Is(wrapped, ErrRequired), errors.As(wrapped, &fe), fe.Field)
	fmt.Println(errors.Unwrap(wrapped) == nil, errors.Unwrap(fmt.Errorf("a: %w", ErrFormat)) == ErrFormat)
}
