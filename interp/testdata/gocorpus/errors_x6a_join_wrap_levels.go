// Exercises: %w wrapping through several levels, custom error types, errors.Is/As, errors.Join, sentinel errors
package main

import (
	"errors"
	"fmt"
	"io/fs"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

func find(q string) error {
	if q == "missing" {
		return &QueryError{q, ErrNotFound}
	}
	return &QueryError{q, Code(503)}
}

func service(q string) error {
	if err := find(q); err != nil {
		return fmt.Errorf("service: %w", err)
	}
	return nil
}

func main() {
	e1 := fmt.Errorf("handler: %w", service("missing"))
	e2 := fmt.Errorf("handler: %w", service("slow"))
	fmt.Println(e1)
	fmt.Println(errors.Is(e1, ErrNotFound), errors.Is(e2, ErrNotFound))
	var qe *QueryError
	if errors.As(e2, &qe) {
		fmt.Println("query was", qe.Query)
	}
	var c Code
	fmt.Println(errors.As(e2, &c), c, errors.Is(e2, Code(503)), errors.Is(e2, Code(500)))
	joined := errors.Join(e1, e2, nil, fs.ErrPermission)
	fmt.Println(errors.Is(joined, fs.ErrPermission), errors.Is(joined, ErrNotFound))
	fmt.Println(joined)
	fmt.Println(errors.Unwrap(e1) != nil, errors.Unwrap(errors.Unwrap(errors.Unwrap(errors.Unwrap(e1)))) == ErrNotFound)
}
