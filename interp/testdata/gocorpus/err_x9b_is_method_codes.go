// Exercises: an error type with its own Is method matching by code, an Unwrap chain through two custom types, errors.Is against a template value, errors.As to an interface target.
package main

import (
	"errors"
	"fmt"
)

type StatusError struct {
	Code int
	Msg  string
}

func (e StatusError) Error() string { return fmt.Sprintf("%d %s", e.Code, e.Msg) }

// Is matches any StatusError with the same code, whatever its message.
func (e StatusError) Is(target error) bool {
	t, ok := target.(StatusError)
	return ok && t.Code == e.Code
}

type OpError struct {
	Op  string
	Err error
}

func (e *OpError) Error() string { return e.Op + ": " + e.Err.Error() }
func (e *OpError) Unwrap() error { return e.Err }
func (e *OpError) Temporary() bool {
	var se StatusError
	return errors.As(e.Err, &se) && se.Code >= 500
}

var NotFound = StatusError{Code: 404}

type temporary interface{ Temporary() bool }

func fetch(path string) error {
	switch path {
	case "/missing":
		return &OpError{"GET " + path, StatusError{404, "page gone"}}
	case "/flaky":
		return fmt.Errorf("retry later: %w", &OpError{"GET " + path, StatusError{503, "busy"}})
	}
	return nil
}

func main() {
	for _, p := range []string{"/", "/missing", "/flaky"} {
		err := fetch(p)
		var tmp temporary
		isTmp := errors.As(err, &tmp) && tmp.Temporary()
		fmt.Printf("%-8s err=%v notfound=%v temporary=%v\n", p, err, errors.Is(err, NotFound), isTmp)
	}
	fmt.Println(errors.Is(StatusError{404, "x"}, StatusError{404, "y"}), StatusError{404, "x"} == StatusError{404, "y"})
}
