package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
)

var ErrNotFound = errors.New("not found")
var ErrPermission = errors.New("permission denied")

type ValidationError struct {
	Field string
	Value any
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %v", e.Field, e.Value)
}

type store struct {
	data map[string]string
}

func (s *store) get(key string) (string, error) {
	if key == "secret" {
		return "", fmt.Errorf("get %q: %w", key, ErrPermission)
	}
	v, ok := s.data[key]
	if !ok {
		return "", fmt.Errorf("get %q: %w", key, ErrNotFound)
	}
	return v, nil
}

func parseAge(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("parse age: %w", err)
	}
	if n < 0 || n > 150 {
		return 0, &ValidationError{Field: "age", Value: n}
	}
	return n, nil
}

func validate(name string, age int) error {
	var errs []error
	if name == "" {
		errs = append(errs, &ValidationError{"name", `""`})
	}
	if age < 18 {
		errs = append(errs, fmt.Errorf("age %d: too young", age))
	}
	return errors.Join(errs...)
}

func main() {
	s := &store{data: map[string]string{"alice": "admin"}}
	for _, k := range []string{"alice", "bob", "secret"} {
		v, err := s.get(k)
		switch {
		case err == nil:
			fmt.Println("found:", v)
		case errors.Is(err, ErrNotFound):
			fmt.Println("missing:", err)
		case errors.Is(err, ErrPermission):
			fmt.Println("denied:", err)
		}
	}

	for _, in := range []string{"42", "abc", "200"} {
		age, err := parseAge(in)
		var ve *ValidationError
		var ne *strconv.NumError
		switch {
		case errors.As(err, &ve):
			fmt.Printf("validation error on field %s: %v\n", ve.Field, err)
		case errors.As(err, &ne):
			fmt.Printf("number error: func=%s num=%q err=%v\n", ne.Func, ne.Num, ne.Err)
		default:
			fmt.Println("age:", age)
		}
	}

	err := validate("", 12)
	fmt.Println("joined error:")
	fmt.Println(err)
	var ve *ValidationError
	fmt.Println("contains validation error:", errors.As(err, &ve))
	fmt.Println("validate ok:", validate("Ann", 30) == nil)

	wrapped := fmt.Errorf("layer 2: %w", fmt.Errorf("layer 1: %w", fs.ErrNotExist))
	fmt.Println(wrapped)
	fmt.Println("is ErrNotExist:", errors.Is(wrapped, fs.ErrNotExist))
	fmt.Println("unwrap once:", errors.Unwrap(wrapped))
	fmt.Printf("%T\n", wrapped)
}
