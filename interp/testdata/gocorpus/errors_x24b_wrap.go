package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
)

var ErrNotFound = errors.New("not found")

type ValidationError struct {
	Field string
	Err   error
}

func (v *ValidationError) Error() string { return "invalid " + v.Field + ": " + v.Err.Error() }
func (v *ValidationError) Unwrap() error { return v.Err }

type store map[string]string

func (s store) get(k string) (string, error) {
	v, ok := s[k]
	if !ok {
		return "", fmt.Errorf("get %q: %w", k, ErrNotFound)
	}
	return v, nil
}

func (s store) age(k string) (int, error) {
	v, err := s.get(k)
	if err != nil {
		return 0, fmt.Errorf("age: %w", err)
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, &ValidationError{Field: k, Err: err}
	}
	if n < 0 {
		return 0, &ValidationError{k, errors.New("negative")}
	}
	return n, nil
}

func main() {
	s := store{"bob": "42", "eve": "x1", "neg": "-3"}
	for _, k := range []string{"bob", "eve", "neg", "zed"} {
		n, err := s.age(k)
		var ve *ValidationError
		var ne *strconv.NumError
		switch {
		case err == nil:
			fmt.Println(k, "=>", n)
		case errors.Is(err, ErrNotFound):
			fmt.Println(k, "missing:", err)
		case errors.As(err, &ne):
			fmt.Printf("%s bad number %q func=%s err=%v\n", k, ne.Num, ne.Func, ne.Err)
			fmt.Println("  ve too?", errors.As(err, &ve), ve.Field)
		case errors.As(err, &ve):
			fmt.Println(k, "validation:", ve.Field, "|", err)
		}
	}
	j := errors.Join(ErrNotFound, fs.ErrPermission, nil)
	fmt.Println(errors.Is(j, fs.ErrPermission), errors.Is(j, fs.ErrExist))
	fmt.Printf("%q\n", j.Error())
	w := fmt.Errorf("multi: %w and %w", ErrNotFound, fs.ErrClosed)
	fmt.Println(w, errors.Is(w, fs.ErrClosed), errors.Unwrap(w) == nil)
	var target *ValidationError
	err := fmt.Errorf("outer: %w", fmt.Errorf("mid: %w", &ValidationError{"zip", ErrNotFound}))
	if errors.As(err, &target) {
		fmt.Printf("%T %s %v\n", target, target.Field, errors.Is(err, ErrNotFound))
	}
}
