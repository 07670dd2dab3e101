// Exercises: a validation error collecting field errors with Unwrap() []error, errors.Is/As through it and through fmt.Errorf with two %w, a custom Is method matching by code, errors.As to a value type.
package main

import (
	"errors"
	"fmt"
	"strings"
)

var ErrRequired = errors.New("required")

type FieldError struct {
	Field string
	Err   error
}

func (f FieldError) Error() string { return f.Field + ": " + f.Err.Error() }
func (f FieldError) Unwrap() error { return f.Err }

type Invalid []error

func (v Invalid) Error() string {
	msgs := make([]string, len(v))
	for i, e := range v {
		msgs[i] = e.Error()
	}
	return "invalid: " + strings.Join(msgs, "; ")
}
func (v Invalid) Unwrap() []error { return v }

type codeErr int

func (c codeErr) Error() string        { return fmt.Sprintf("code %d", int(c)) }
func (c codeErr) Is(target error) bool { t, ok := target.(codeErr); return ok && (t == 0 || t == c) }

func validate(name string, age int) error {
	var errs Invalid
	if name == "" {
		errs = append(errs, FieldError{"name", ErrRequired})
	}
	if age < 0 || age > 150 {
		errs = append(errs, FieldError{"age", fmt.Errorf("%d out of range: %w", age, codeErr(422))})
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

func main() {
	for _, in := range []struct {
		name string
		age  int
	}{{"ann", 30}, {"", 200}, {"bo", -1}} {
		err := validate(in.name, in.age)
		wrapped := fmt.Errorf("request %q: %w", in.name, err)
		var fe FieldError
		var inv Invalid
		fmt.Println(err == nil, errors.Is(wrapped, ErrRequired), errors.Is(wrapped, codeErr(0)),
			errors.Is(wrapped, codeErr(404)), errors.As(wrapped, &fe), errors.As(wrapped, &inv), len(inv))
		if err != nil {
			fmt.Println(" ", wrapped, "| first field:", fe.Field)
		}
	}
	both := fmt.Errorf("%w + %w", ErrRequired, codeErr(7))
	fmt.Println(both, errors.Is(both, codeErr(7)), errors.Is(both, codeErr(8)), errors.Unwrap(both) == nil)
}
