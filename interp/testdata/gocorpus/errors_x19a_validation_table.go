package main

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"
)

type FieldError struct {
	Field string
	Rule  string
	Msg   string
}

func (e FieldError) Error() string { return e.Field + ": " + e.Msg }

type Errors []FieldError

func (es Errors) Error() string {
	parts := make([]string, len(es))
	for i, e := range es {
		parts[i] = e.Error()
	}
	return strings.Join(parts, "; ")
}

func (es Errors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}

type Rule func(field, value string) *FieldError

func Required() Rule {
	return func(f, v string) *FieldError {
		if strings.TrimSpace(v) == "" {
			return &FieldError{f, "required", "is required"}
		}
		return nil
	}
}

func MaxLen(n int) Rule {
	return func(f, v string) *FieldError {
		if utf8.RuneCountInString(v) > n {
			return &FieldError{f, "maxlen", fmt.Sprintf("must be at most %d characters", n)}
		}
		return nil
	}
}

func Matches(re *regexp.Regexp, what string) Rule {
	return func(f, v string) *FieldError {
		if v != "" && !re.MatchString(v) {
			return &FieldError{f, "format", "must be " + what}
		}
		return nil
	}
}

type Schema []struct {
	Field string
	Rules []Rule
}

func (s Schema) Validate(in map[string]string) error {
	var errs Errors
	for _, f := range s {
		for _, r := range f.Rules {
			if fe := r(f.Field, in[f.Field]); fe != nil {
				errs = append(errs, *fe)
				break
			}
		}
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

var ErrRequired = FieldError{"email", "required", "is required"}

func main() {
	schema := Schema{
		{"name", []Rule{Required(), MaxLen(8)}},
		{"email", []Rule{Required(), Matches(regexp.MustCompile(`^[^@\s]+@[^@\s]+\.[a-z]{2,}$`), "an email address")}},
		{"zip", []Rule{Matches(regexp.MustCompile(`^\d{5}$`), "5 digits")}},
	}
	cases := []struct {
		name string
		in   map[string]string
	}{
		{"valid", map[string]string{"name": "Zoë", "email": "z@ex.io", "zip": "12345"}},
		{"empty", map[string]string{}},
		{"long", map[string]string{"name": "Bartholomew", "email": "bad@", "zip": "1234"}},
		{"spaces", map[string]string{"name": "  ", "email": "a b@c.de"}},
	}
	for _, c := range cases {
		err := schema.Validate(c.in)
		fmt.Printf("%-7s %v\n", c.name, err)
		var es Errors
		if errors.As(err, &es) {
			rules := []string{}
			for _, e := range es {
				rules = append(rules, e.Field+"/"+e.Rule)
			}
			fmt.Println("        rules:", rules, "missing email:", errors.Is(err, ErrRequired))
		}
		var fe FieldError
		if errors.As(err, &fe) {
			fmt.Println("        first:", fe.Field)
		}
	}
}
