package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type Code int

const (
	NotFound Code = 404
	Conflict Code = 409
	Internal Code = 500
)

type APIError struct {
	Code   Code
	Detail string
	cause  error
}

func (e *APIError) Error() string {
	if e.cause != nil {
		return fmt.Sprintf("%d %s: %v", e.Code, e.Detail, e.cause)
	}
	return fmt.Sprintf("%d %s", e.Code, e.Detail)
}

func (e *APIError) Is(target error) bool {
	t, ok := target.(*APIError)
	return ok && t.Code == e.Code && (t.Detail == "" || t.Detail == e.Detail)
}

func (e *APIError) Unwrap() error { return e.cause }

var ErrNotFound = &APIError{Code: NotFound}

type temporary interface{ Temporary() bool }

type netErr struct{ msg string }

func (n netErr) Error() string   { return n.msg }
func (n netErr) Temporary() bool { return true }

func lookup(id int) error {
	switch {
	case id < 0:
		return &APIError{Internal, "negative id", netErr{"conn reset"}}
	case id == 0:
		return fmt.Errorf("lookup(%d): %w", id, &APIError{NotFound, "user", fs.ErrNotExist})
	case id > 100:
		return &APIError{Conflict, "too big", nil}
	}
	return nil
}

func main() {
	for _, id := range []int{-1, 0, 5, 101} {
		err := lookup(id)
		fmt.Printf("%4d: %v\n", id, err)
		if err == nil {
			continue
		}
		var tmp temporary
		fmt.Println("      notfound:", errors.Is(err, ErrNotFound),
			"notfound-user:", errors.Is(err, &APIError{Code: NotFound, Detail: "user"}),
			"notfound-org:", errors.Is(err, &APIError{Code: NotFound, Detail: "org"}),
			"fs:", errors.Is(err, fs.ErrNotExist),
			"temp:", errors.As(err, &tmp))
		var api *APIError
		if errors.As(err, &api) {
			fmt.Println("      code", api.Code, "unwrap nil:", errors.Unwrap(api) == nil)
		}
	}
	_, err := os.Open("/definitely/not/here")
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path, errors.Is(err, fs.ErrNotExist))
	wrapped := fmt.Errorf("a: %w, b: %w", ErrNotFound, netErr{"x"})
	fmt.Println(wrapped, errors.Is(wrapped, ErrNotFound))
	var ne netErr
	fmt.Println(errors.As(wrapped, &ne), ne.msg)
}
