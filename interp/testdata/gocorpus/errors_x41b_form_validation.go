package main

import (
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"
)

type FieldError struct {
	Field string
	Rule  string
	Msg   string
}

func (e FieldError) Error() string { return e.Field + ": " + e.Msg }

func (e FieldError) Is(target error) bool {
	t, ok := target.(FieldError)
	return ok && (t.Field == "" || t.Field == e.Field) && (t.Rule == "" || t.Rule == e.Rule)
}

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

type Rule func(field, value string) *FieldError

func Required() Rule {
	return func(f, v string) *FieldError {
		if strings.TrimSpace(v) == "" {
			return &FieldError{f, "required", "is required"}
		}
		return nil
	}
}

func MinLen(n int) Rule {
	return func(f, v string) *FieldError {
		if len(v) < n {
			return &FieldError{f, "minlen", fmt.Sprintf("must be at least %d characters", n)}
		}
		return nil
	}
}

func Matches(re *regexp.Regexp, what string) Rule {
	return func(f, v string) *FieldError {
		if !re.MatchString(v) {
			return &FieldError{f, "format", "must be a valid " + what}
		}
		return nil
	}
}

type Validator struct {
	rules map[string][]Rule
}

func (v *Validator) Field(name string, rules ...Rule) *Validator {
	if v.rules == nil {
		v.rules = map[string][]Rule{}
	}
	v.rules[name] = append(v.rules[name], rules...)
	return v
}

func (v *Validator) Validate(form map[string]string) error {
	var errs ValidationErrors
	fields := make([]string, 0, len(v.rules))
	for f := range v.rules {
		fields = append(fields, f)
	}
	sort.Strings(fields)
	for _, f := range fields {
		for _, r := range v.rules[f] {
			if fe := r(f, form[f]); fe != nil {
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

func main() {
	email := regexp.MustCompile(`^[\w.+-]+@[\w-]+\.[\w.]+$`)
	v := (&Validator{}).
		Field("username", Required(), MinLen(3)).
		Field("email", Required(), Matches(email, "email address")).
		Field("password", Required(), MinLen(8))
	forms := []map[string]string{
		{"username": "jo", "email": "jo@example", "password": "secret"},
		{"username": "joanna", "email": "jo.anna+x@mail.example.org", "password": "correcthorse"},
		{"email": "   "},
	}
	for i, f := range forms {
		err := v.Validate(f)
		fmt.Printf("form %d: %v\n", i, err)
		if err == nil {
			continue
		}
		var ve ValidationErrors
		if errors.As(err, &ve) {
			fmt.Println("  fields:", len(ve))
		}
		fmt.Println("  any required:", errors.Is(err, FieldError{Rule: "required"}))
		fmt.Println("  password short:", errors.Is(err, FieldError{Field: "password", Rule: "minlen"}))
		var fe FieldError
		if errors.As(err, &fe) {
			fmt.Printf("  first: %+v\n", fe)
		}
	}
	wrapped := fmt.Errorf("signup failed: %w", v.Validate(forms[2]))
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, FieldError{Field: "email"}))
}
