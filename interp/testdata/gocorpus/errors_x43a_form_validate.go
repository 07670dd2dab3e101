package main

import (
	"errors"
	"fmt"
	"net/mail"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

type FieldError struct {
	Field string
	Err   error
}

func (e FieldError) Error() string { return e.Field + ": " + e.Err.Error() }
func (e FieldError) Unwrap() error { return e.Err }

var (
	ErrRequired = errors.New("is required")
	ErrTooLong  = errors.New("is too long")
	ErrFormat   = errors.New("has invalid format")
)

type ValidationErrors []FieldError

func (v ValidationErrors) Error() string {
	msgs := make([]string, len(v))
	for i, e := range v {
		msgs[i] = e.Error()
	}
	return fmt.Sprintf("%d validation error(s): %s", len(v), strings.Join(msgs, "; "))
}

func (v ValidationErrors) Unwrap() []error {
	out := make([]error, len(v))
	for i, e := range v {
		out[i] = e
	}
	return out
}

var zipRe = regexp.MustCompile(`^\d{5}(-\d{4})?$`)

func validate(form map[string]string) error {
	var errs ValidationErrors
	check := func(field string, fn func(string) error) {
		if err := fn(form[field]); err != nil {
			errs = append(errs, FieldError{field, err})
		}
	}
	check("name", func(s string) error {
		switch {
		case strings.TrimSpace(s) == "":
			return ErrRequired
		case utf8.RuneCountInString(s) > 10:
			return fmt.Errorf("%w (%d > 10 runes)", ErrTooLong, utf8.RuneCountInString(s))
		}
		return nil
	})
	check("email", func(s string) error {
		if _, err := mail.ParseAddress(s); err != nil {
			return fmt.Errorf("%w: %v", ErrFormat, err)
		}
		return nil
	})
	check("age", func(s string) error {
		n, err := strconv.Atoi(s)
		if err != nil {
			return fmt.Errorf("%w: %w", ErrFormat, err)
		}
		if n < 18 {
			return fmt.Errorf("must be at least 18, got %d", n)
		}
		return nil
	})
	check("zip", func(s string) error {
		if !zipRe.MatchString(s) {
			return ErrFormat
		}
		return nil
	})
	if len(errs) == 0 {
		return nil
	}
	return errs
}

func main() {
	forms := []map[string]string{
		{"name": "Ana", "email": "ana@example.com", "age": "30", "zip": "12345"},
		{"name": "", "email": "not-an-email", "age": "17", "zip": "1234"},
		{"name": "Bartholomew Jr.", "email": "Bob <bob@x.org>", "age": "abc", "zip": "12345-6789"},
	}
	for i, f := range forms {
		err := validate(f)
		fmt.Printf("form %d: %v\n", i, err)
		if err == nil {
			continue
		}
		var ve ValidationErrors
		if errors.As(err, &ve) {
			for _, fe := range ve {
				fmt.Printf("  - %-5s required=%t format=%t\n", fe.Field, errors.Is(fe, ErrRequired), errors.Is(fe, ErrFormat))
			}
		}
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Printf("  numerr: %q %v\n", ne.Num, ne.Err)
		}
		fmt.Println("  too long anywhere:", errors.Is(err, ErrTooLong))
	}
}
