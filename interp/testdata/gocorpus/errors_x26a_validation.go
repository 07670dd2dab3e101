package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type FieldError struct {
	Field string
	Err   error
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Err.Error() }
func (e *FieldError) Unwrap() error { return e.Err }

var (
	ErrRequired = errors.New("is required")
	ErrRange    = errors.New("out of range")
	ErrFormat   = errors.New("bad format")
)

type User struct {
	Name  string
	Email string
	Age   string
}

func validate(u User) error {
	var errs []error
	if strings.TrimSpace(u.Name) == "" {
		errs = append(errs, &FieldError{"name", ErrRequired})
	}
	if at := strings.IndexByte(u.Email, '@'); at < 1 || at == len(u.Email)-1 {
		errs = append(errs, &FieldError{"email", fmt.Errorf("%w: %q", ErrFormat, u.Email)})
	}
	if n, err := strconv.Atoi(u.Age); err != nil {
		errs = append(errs, &FieldError{"age", errors.Join(ErrFormat, err)})
	} else if n < 0 || n > 150 {
		errs = append(errs, &FieldError{"age", fmt.Errorf("%d %w", n, ErrRange)})
	}
	return errors.Join(errs...)
}

func fields(err error) []string {
	var out []string
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range j.Unwrap() {
			var fe *FieldError
			if errors.As(e, &fe) {
				out = append(out, fe.Field)
			}
		}
	}
	return out
}

func main() {
	users := []User{
		{"Ann", "ann@example.com", "34"},
		{"", "bob.example.com", "x1"},
		{"Cid", "@", "200"},
		{"  ", "d@e", "-1"},
	}
	for i, u := range users {
		err := validate(u)
		if err == nil {
			fmt.Printf("%d ok\n", i)
			continue
		}
		fmt.Printf("%d invalid %v\n", i, fields(err))
		fmt.Println(strings.ReplaceAll(err.Error(), "\n", " | "))
		fmt.Println("  required:", errors.Is(err, ErrRequired), "format:", errors.Is(err, ErrFormat), "range:", errors.Is(err, ErrRange))
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Println("  numerr:", ne.Num, ne.Err)
		}
	}
	var fe *FieldError
	wrapped := fmt.Errorf("request 7: %w", validate(users[2]))
	fmt.Println(errors.As(wrapped, &fe), fe.Field)
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
}
