package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
)

var (
	ErrNotFound   = errors.New("not found")
	ErrPermission = errors.New("permission denied")
)

type ValidationError struct {
	Field string
	Value string
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %q", e.Field, e.Value)
}

type repo struct {
	items map[string]int
}

func (r *repo) lookup(key string) (int, error) {
	if key == "" {
		return 0, &ValidationError{Field: "key", Value: key}
	}
	if key == "secret" {
		return 0, fmt.Errorf("lookup %s: %w", key, ErrPermission)
	}
	v, ok := r.items[key]
	if !ok {
		return 0, fmt.Errorf("lookup %s: %w", key, ErrNotFound)
	}
	return v, nil
}

func (r *repo) parseAndLookup(s string) (int, error) {
	if _, err := strconv.Atoi(s); err == nil {
		return 0, fmt.Errorf("service: %w", &ValidationError{"key", s})
	}
	v, err := r.lookup(s)
	if err != nil {
		return 0, fmt.Errorf("service: %w", err)
	}
	return v, nil
}

func main() {
	r := &repo{items: map[string]int{"a": 1, "b": 2}}
	cases := []struct {
		in       string
		want     int
		sentinel error
		invalid  bool
	}{
		{"a", 1, nil, false},
		{"zz", 0, ErrNotFound, false},
		{"secret", 0, ErrPermission, false},
		{"", 0, nil, true},
		{"42", 0, nil, true},
	}
	for i, c := range cases {
		got, err := r.parseAndLookup(c.in)
		var ve *ValidationError
		isInvalid := errors.As(err, &ve)
		ok := got == c.want && isInvalid == c.invalid
		if c.sentinel != nil {
			ok = ok && errors.Is(err, c.sentinel)
		}
		status := "PASS"
		if !ok {
			status = "FAIL"
		}
		fmt.Printf("%s case %d (%q): err=%v", status, i, c.in, err)
		if isInvalid {
			fmt.Printf(" field=%s", ve.Field)
		}
		fmt.Println()
	}
	joined := errors.Join(ErrNotFound, fmt.Errorf("wrapped: %w", ErrPermission))
	fmt.Println(errors.Is(joined, ErrPermission), errors.Is(joined, fs.ErrExist))
	fmt.Printf("%q\n", joined.Error())
	fmt.Println(errors.Unwrap(fmt.Errorf("x: %w", ErrNotFound)) == ErrNotFound)
}
