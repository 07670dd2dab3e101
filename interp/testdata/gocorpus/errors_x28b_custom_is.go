package main

import (
	"errors"
	"fmt"
)

// Custom Is methods, errors.As target types, and value vs pointer error types.

type StatusError struct {
	Code int
	Msg  string
}

func (e StatusError) Error() string { return fmt.Sprintf("%d %s", e.Code, e.Msg) }

// Is matches any StatusError with the same code, ignoring the message.
func (e StatusError) Is(target error) bool {
	t, ok := target.(StatusError)
	return ok && t.Code == e.Code
}

var (
	ErrNotFound = StatusError{Code: 404}
	ErrTimeout  = &TimeoutError{Op: "any"}
)

type TimeoutError struct{ Op string }

func (e *TimeoutError) Error() string { return e.Op + ": timeout" }
func (e *TimeoutError) Is(target error) bool {
	_, ok := target.(*TimeoutError)
	return ok
}

type MultiError []error

func (m MultiError) Error() string   { return fmt.Sprintf("%d errors", len(m)) }
func (m MultiError) Unwrap() []error { return m }

func fetch(path string) error {
	switch path {
	case "/missing":
		return fmt.Errorf("fetch %s: %w", path, StatusError{404, "page missing"})
	case "/slow":
		return fmt.Errorf("fetch %s: %w", path, &TimeoutError{Op: "read"})
	case "/both":
		return MultiError{StatusError{500, "oops"}, &TimeoutError{Op: "dial"}}
	}
	return nil
}

func main() {
	for _, p := range []string{"/ok", "/missing", "/slow", "/both"} {
		err := fetch(p)
		fmt.Printf("%-9s %-36v notfound=%-5v timeout=%v\n", p, err, errors.Is(err, ErrNotFound), errors.Is(err, ErrTimeout))
	}

	// errors.As needs a pointer to the exact type stored in the chain.
	err := fetch("/missing")
	var se StatusError
	fmt.Println("As StatusError:", errors.As(err, &se), se.Msg)
	var sep *StatusError
	fmt.Println("As *StatusError:", errors.As(err, &sep))

	err = fetch("/slow")
	var te *TimeoutError
	fmt.Println("As *TimeoutError:", errors.As(err, &te), te.Op)

	err = fetch("/both")
	var me MultiError
	if errors.As(err, &me) {
		for i, e := range me {
			fmt.Printf("  [%d] %T %v\n", i, e, e)
		}
	}
	fmt.Println(errors.As(err, &te), te.Op)

	// Comparing errors with == works only for the identical value.
	e1 := errors.New("same text")
	e2 := errors.New("same text")
	fmt.Println(e1 == e2, e1.Error() == e2.Error(), errors.Is(e1, e2))
	fmt.Println(StatusError{1, "a"} == StatusError{1, "a"})

	// Wrapping nil with %w yields a non-nil error.
	var inner error
	wrapped := fmt.Errorf("context: %w", inner)
	fmt.Println(wrapped != nil, wrapped, errors.Unwrap(wrapped) == nil)
}
