package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
)

type FieldError struct {
	Field string
	Msg   string
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Msg }

var ErrRequired = errors.New("required")

type Signup struct {
	Email    string
	Age      int
	Password string
}

func validate(s Signup) error {
	var errs []error
	if s.Email == "" {
		errs = append(errs, fmt.Errorf("email: %w", ErrRequired))
	} else if !strings.Contains(s.Email, "@") {
		errs = append(errs, &FieldError{"email", "missing @"})
	}
	if s.Age < 18 {
		errs = append(errs, &FieldError{"age", fmt.Sprintf("must be >= 18, got %d", s.Age)})
	}
	if len(s.Password) < 8 {
		errs = append(errs, &FieldError{"password", "too short"})
	}
	return errors.Join(errs...)
}

type multi interface{ Unwrap() []error }

func main() {
	cases := []Signup{
		{"ann@example.com", 30, "correct horse"},
		{"", 12, "pw"},
		{"bob.example.com", 40, "12345678"},
	}
	for i, c := range cases {
		err := validate(c)
		if err == nil {
			fmt.Printf("case %d: ok\n", i)
			continue
		}
		fmt.Printf("case %d:\n%s\n", i, err)
		fmt.Println("  required?", errors.Is(err, ErrRequired))
		var fe *FieldError
		if errors.As(err, &fe) {
			fmt.Printf("  first field error: %+v\n", *fe)
		}
		if m, ok := err.(multi); ok {
			fmt.Println("  count:", len(m.Unwrap()))
		}
	}

	fmt.Println(errors.Join(nil, nil) == nil)

	wrapped := fmt.Errorf("open config: %w", fs.ErrNotExist)
	both := fmt.Errorf("startup failed: %w; also %w", wrapped, fs.ErrPermission)
	fmt.Println(both)
	fmt.Println(errors.Is(both, fs.ErrNotExist), errors.Is(both, fs.ErrPermission), errors.Is(both, fs.ErrClosed))
	fmt.Println(errors.Unwrap(wrapped) == fs.ErrNotExist, errors.Unwrap(both) == nil)

	err := func() (err error) {
		defer func() {
			if r := recover(); r != nil {
				err = errors.Join(err, fmt.Errorf("recovered: %v", r))
			}
		}()
		err = errors.New("first")
		var m map[string]int
		m["x"] = 1
		return err
	}()
	fmt.Printf("%q\n", err.Error())
	fmt.Printf("%T\n", err)
}
