package main

import (
	"errors"
	"fmt"
	"net/mail"
	"strings"
	"unicode/utf8"
)

type FieldError struct {
	Field string
	Rule  string
	Value any
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("%s: failed %q (got %v)", e.Field, e.Rule, e.Value)
}

type Signup struct {
	Username string
	Email    string
	Age      int
	Password string
}

type rule func(Signup) error

func required(field string, get func(Signup) string) rule {
	return func(s Signup) error {
		if strings.TrimSpace(get(s)) == "" {
			return &FieldError{field, "required", get(s)}
		}
		return nil
	}
}

func validate(s Signup, rules ...rule) error {
	var errs []error
	for _, r := range rules {
		if err := r(s); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

var rules = []rule{
	required("username", func(s Signup) string { return s.Username }),
	required("email", func(s Signup) string { return s.Email }),
	func(s Signup) error {
		if n := utf8.RuneCountInString(s.Username); n > 0 && (n < 3 || n > 12) {
			return &FieldError{"username", "len 3..12", n}
		}
		return nil
	},
	func(s Signup) error {
		if s.Email == "" {
			return nil
		}
		if _, err := mail.ParseAddress(s.Email); err != nil {
			return fmt.Errorf("email: %w", err)
		}
		return nil
	},
	func(s Signup) error {
		if s.Age < 13 {
			return &FieldError{"age", ">= 13", s.Age}
		}
		return nil
	},
	func(s Signup) error {
		if len(s.Password) < 8 || !strings.ContainsAny(s.Password, "0123456789") {
			return &FieldError{"password", "8+ chars with a digit", strings.Repeat("*", len(s.Password))}
		}
		return nil
	},
}

func main() {
	forms := []Signup{
		{"gopher", "gopher@example.com", 12, "hunter22"},
		{"", "not-an-email", 30, "short"},
		{"zoë", "Zoë <zoe@example.org>", 21, "correcthorse1"},
		{"averyveryverylongname", "", 99, "password"},
	}
	for i, f := range forms {
		err := validate(f, rules...)
		if err == nil {
			fmt.Printf("form %d: ok %+v\n", i, f)
			continue
		}
		fmt.Printf("form %d: invalid\n%v\n", i, err)
		var fe *FieldError
		if errors.As(err, &fe) {
			fmt.Printf("  first field error: %s (%T)\n", fe.Field, fe.Value)
		}
		if u, ok := err.(interface{ Unwrap() []error }); ok {
			fmt.Println("  count:", len(u.Unwrap()))
		}
	}
}
