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
	Value any
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %v", e.Field, e.Value)
}

type QueryError struct {
	Query string
	Err   error
}

func (e QueryError) Error() string { return "query " + strconv.Quote(e.Query) + ": " + e.Err.Error() }
func (e QueryError) Unwrap() error { return e.Err }

type store struct {
	data map[string]int
	ro   bool
}

func (s *store) Get(key string) (int, error) {
	v, ok := s.data[key]
	if !ok {
		return 0, QueryError{Query: key, Err: ErrNotFound}
	}
	return v, nil
}

func (s *store) Set(key string, v int) error {
	if s.ro {
		return fmt.Errorf("set %s: %w", key, ErrPermission)
	}
	if v < 0 {
		return fmt.Errorf("set %s: %w", key, &ValidationError{Field: "value", Value: v})
	}
	s.data[key] = v
	return nil
}

func classify(err error) string {
	var ve *ValidationError
	var qe QueryError
	switch {
	case err == nil:
		return "ok"
	case errors.Is(err, ErrNotFound):
		if errors.As(err, &qe) {
			return "missing(" + qe.Query + ")"
		}
		return "missing"
	case errors.Is(err, ErrPermission):
		return "forbidden"
	case errors.As(err, &ve):
		return "bad field " + ve.Field
	case errors.Is(err, fs.ErrNotExist):
		return "no file"
	}
	return "unknown: " + err.Error()
}

func main() {
	s := &store{data: map[string]int{"a": 1}}
	_, err := s.Get("zzz")
	fmt.Println(err, "=>", classify(err))
	err = s.Set("b", -4)
	fmt.Println(err, "=>", classify(err))
	s.ro = true
	err = s.Set("c", 3)
	fmt.Println(err, "=>", classify(err))

	joined := errors.Join(err, fmt.Errorf("cleanup: %w", fs.ErrNotExist))
	fmt.Printf("joined:\n%v\n", joined)
	fmt.Println("is perm:", errors.Is(joined, ErrPermission), "is notexist:", errors.Is(joined, fs.ErrNotExist))

	wrapped := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", QueryError{"x", ErrNotFound}))
	for e := wrapped; e != nil; e = errors.Unwrap(e) {
		fmt.Printf("  %T: %v\n", e, e)
	}
	multi := fmt.Errorf("both: %w and %w", ErrNotFound, ErrPermission)
	fmt.Println(classify(multi), errors.Is(multi, ErrPermission), errors.Unwrap(multi) == nil)
	fmt.Println(classify(errors.New("boom")))
}
