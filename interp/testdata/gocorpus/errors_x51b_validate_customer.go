package main

import (
	"errors"
	"fmt"
	"net/mail"
	"strings"
	"unicode"
)

type Customer struct {
	Name    string
	Email   string
	Age     int
	Country string
	Tags    []string
}

type FieldError struct {
	Field string
	Msg   string
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Msg }

var allowedCountries = map[string]bool{"US": true, "DE": true, "JP": true}

func validate(c Customer) error {
	var errs []error
	if strings.TrimSpace(c.Name) == "" {
		errs = append(errs, &FieldError{"name", "required"})
	} else if !unicode.IsUpper([]rune(c.Name)[0]) {
		errs = append(errs, &FieldError{"name", "must start with capital"})
	}
	if _, err := mail.ParseAddress(c.Email); err != nil {
		errs = append(errs, fmt.Errorf("email %q: %w", c.Email, err))
	}
	if c.Age < 18 || c.Age > 130 {
		errs = append(errs, &FieldError{"age", fmt.Sprintf("%d out of range", c.Age)})
	}
	if !allowedCountries[c.Country] {
		errs = append(errs, &FieldError{"country", "unsupported " + c.Country})
	}
	seen := map[string]bool{}
	for _, t := range c.Tags {
		if seen[t] {
			errs = append(errs, &FieldError{"tags", "duplicate " + t})
		}
		seen[t] = true
	}
	return errors.Join(errs...)
}

func main() {
	customers := []Customer{
		{"Alice", "alice@example.com", 30, "US", []string{"vip"}},
		{"bob", "not-an-email", 12, "FR", []string{"a", "b", "a"}},
		{"", "x@y.z", 200, "JP", nil},
	}
	for i, c := range customers {
		err := validate(c)
		if err == nil {
			fmt.Printf("#%d ok: %+v\n", i, c)
			continue
		}
		fmt.Printf("#%d invalid:\n%v\n", i, err)
		var fe *FieldError
		if errors.As(err, &fe) {
			fmt.Println("  first field error:", fe.Field)
		}
		if u, ok := err.(interface{ Unwrap() []error }); ok {
			fmt.Println("  count:", len(u.Unwrap()))
		}
	}
}
